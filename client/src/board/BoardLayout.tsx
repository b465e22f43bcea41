import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Drawer, DrawerToggle } from './Drawer';
import { useDrawerStore } from './drawer-store';
import { PhoneTabs, tabPanelId, type PhoneTab } from './PhoneTabs';

interface BoardLayoutProps {
  phone: boolean;
  /** The slim bar; gets the drawers' toggles on a laptop. */
  bar: (toggles: ReactNode) => ReactNode;
  /** The canvas; `shown` is false on a phone's other tabs (it loads when first shown). */
  canvas: (shown: boolean) => ReactNode;
  /** Write, hand, vote. */
  participate: ReactNode;
  /** The board as a list. */
  list: ReactNode;
  /** Over the phone's write tab: the follow banner and the phases. */
  phoneTop: ReactNode;
  voteOpen: boolean;
}

/**
 * The board page's frame. Laptop and tablet: the canvas is the page, with
 * the bar above and two drawers over it. Phone: one thing at a time, chosen
 * with big tabs at the bottom — writing first, the board one tap away.
 * Neither ever scrolls the page: panels scroll inside themselves.
 */
export function BoardLayout(props: BoardLayoutProps) {
  const { phone, bar, canvas, participate, list, phoneTop, voteOpen } = props;
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<PhoneTab>('write');
  const drawers = useDrawerStore((s) => s.open);

  if (phone) {
    const panel = (which: PhoneTab, children: ReactNode) => (
      <div
        role="tabpanel"
        id={tabPanelId(id, which)}
        aria-labelledby={`${tabPanelId(id, which)}-tab`}
        className={`phone-panel phone-panel-${which}`}
        hidden={tab !== which}
      >
        {children}
      </div>
    );
    return (
      <div className="board-page board-phone">
        {bar(null)}
        <main className="board-stage">
          {panel(
            'write',
            <>
              {phoneTop}
              {participate}
            </>,
          )}
          {panel('board', canvas(tab === 'board'))}
          {panel('list', tab === 'list' ? list : null)}
        </main>
        <PhoneTabs baseId={id} current={tab} onChange={setTab} voteOpen={voteOpen} />
      </div>
    );
  }

  const participateId = `${id}-participate`;
  const listId = `${id}-list`;
  return (
    <div className="board-page board-wide">
      {bar(
        <div className="bar-toggles" role="group" aria-label={t('layout.panels')}>
          <DrawerToggle
            id="participate"
            elementId={participateId}
            label={t('layout.participate')}
          />
          <DrawerToggle id="list" elementId={listId} label={t('layout.list')} />
        </div>,
      )}
      {/* The open drawers move what floats over the canvas into the free middle. */}
      <main
        className={`board-stage${drawers.participate ? ' left-open' : ''}${drawers.list ? ' right-open' : ''}`}
      >
        {canvas(true)}
        <Drawer
          id="participate"
          elementId={participateId}
          side="left"
          title={t('layout.participateHeading')}
        >
          {participate}
        </Drawer>
        <Drawer id="list" elementId={listId} side="right" title={t('layout.listHeading')}>
          {/* Built only while open: 5,000 list items cost nothing while nobody reads them. */}
          {drawers.list && list}
        </Drawer>
      </main>
    </div>
  );
}
