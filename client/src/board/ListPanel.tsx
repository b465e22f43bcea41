import type { PhaseId } from '@moteplass/shared';
import { useDeferredValue, type ReactNode } from 'react';
import { PhaseNavigator, type ViewedPhase } from '../phases';
import type { BoardItemEntry } from '../sync';
import type * as Y from 'yjs';
import type { BoardByPhase } from './by-phase';
import { NoteList, type NoteEntry } from './NoteList';
import { ProduceCards } from './ProduceCards';

interface ListPanelProps {
  viewing: ViewedPhase;
  workshopPhase: PhaseId;
  byPhase: BoardByPhase;
  items: readonly BoardItemEntry[];
  malformed: number;
  editable: Y.Map<unknown> | null;
  extras: (entry: NoteEntry) => ReactNode;
}

/** The board as a list (the canvas's accessible twin): the phases, and the viewed phase's items. */
export function ListPanel(props: ListPanelProps) {
  const { viewing, workshopPhase, byPhase, malformed, editable, extras } = props;
  // Rendered in the background (interruptible): 5,000 list items must not hold up the canvas.
  const items = useDeferredValue(props.items);
  return (
    <>
      <PhaseNavigator viewing={viewing} workshopPhase={workshopPhase} counts={byPhase.counts} />
      <NoteList
        items={items}
        malformed={malformed}
        {...(editable ? { editable } : {})}
        phase={viewing.phase}
        extras={extras}
      />
      {viewing.phase === 'produce' && (
        <ProduceCards
          actions={byPhase.actions}
          indicators={byPhase.indicators}
          {...(editable ? { editable } : {})}
        />
      )}
    </>
  );
}
