import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const PHONE_TABS = ['write', 'board', 'list'] as const;
export type PhoneTab = (typeof PHONE_TABS)[number];

const LABELS = {
  write: 'layout.tabWrite',
  board: 'layout.tabBoard',
  list: 'layout.tabList',
} as const;

export function tabPanelId(baseId: string, tab: PhoneTab): string {
  return `${baseId}-${tab}`;
}

/**
 * The phone's bottom tabs: write (and hand and vote), the board, the list.
 * Big targets for thumbs; arrows move between tabs (the ARIA tabs pattern).
 */
export function PhoneTabs({
  baseId,
  current,
  onChange,
  voteOpen,
}: {
  baseId: string;
  current: PhoneTab;
  onChange: (tab: PhoneTab) => void;
  /** A vote is open: the write tab says "vote" too, since the ballot is there. */
  voteOpen: boolean;
}) {
  const { t } = useTranslation();
  const buttons = useRef<Partial<Record<PhoneTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next =
      PHONE_TABS[(PHONE_TABS.indexOf(current) + step + PHONE_TABS.length) % PHONE_TABS.length]!;
    onChange(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="phone-tabs" role="tablist" aria-label={t('layout.tabs')} onKeyDown={onKeyDown}>
      {PHONE_TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            buttons.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={`${tabPanelId(baseId, tab)}-tab`}
          aria-selected={current === tab}
          aria-controls={tabPanelId(baseId, tab)}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {tab === 'write' && voteOpen
            ? `${t('layout.tabWrite')} · ${t('layout.tabVote')}`
            : t(LABELS[tab])}
        </button>
      ))}
    </div>
  );
}
