import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDrawerStore, type DrawerId } from './drawer-store';

interface DrawerProps {
  id: DrawerId;
  /** The element id of the drawer (the toggle's aria-controls). */
  elementId: string;
  side: 'left' | 'right';
  title: string;
  children: ReactNode;
}

/** Where focus goes back to when a drawer closes: its toggle in the bar. */
export function toggleIdOf(elementId: string): string {
  return `${elementId}-toggle`;
}

/**
 * A side panel over the canvas (not modal: the board stays usable beside it).
 * Opening from its toggle moves focus to its heading; Escape or its close
 * button closes it and gives focus back to the toggle.
 */
export function Drawer({ id, elementId, side, title, children }: DrawerProps) {
  const { t } = useTranslation();
  const open = useDrawerStore((s) => s.open[id]);
  const setOpen = useDrawerStore((s) => s.setOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    const opened = open && !wasOpen.current;
    wasOpen.current = open;
    // Only when opened from its toggle: opening at page load leaves focus where it is.
    if (opened && document.activeElement?.id === toggleIdOf(elementId)) heading.current?.focus();
  }, [open, elementId]);

  const close = () => {
    setOpen(id, false);
    document.getElementById(toggleIdOf(elementId))?.focus();
  };

  return (
    <aside
      id={elementId}
      className={`drawer drawer-${side}`}
      aria-labelledby={`${elementId}-heading`}
      hidden={!open}
      onKeyDown={(e) => {
        // Escape inside a field or the canvas's editor is theirs first.
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        close();
      }}
    >
      <div className="drawer-head">
        <h2 id={`${elementId}-heading`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          className="drawer-close"
          aria-label={t('layout.closePanel', { panel: title })}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="drawer-body">{children}</div>
    </aside>
  );
}

/** The bar's button for a drawer: pressed while it is open. */
export function DrawerToggle({
  id,
  elementId,
  label,
}: {
  id: DrawerId;
  elementId: string;
  label: string;
}) {
  const open = useDrawerStore((s) => s.open[id]);
  const setOpen = useDrawerStore((s) => s.setOpen);
  return (
    <button
      type="button"
      id={toggleIdOf(elementId)}
      className="bar-toggle"
      aria-expanded={open}
      aria-controls={elementId}
      onClick={() => setOpen(id, !open)}
    >
      {label}
    </button>
  );
}
