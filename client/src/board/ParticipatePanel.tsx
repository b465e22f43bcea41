import { phaseOffers, type PhaseId } from '@moteplass/shared';
import { ContributionArea, EqualityBoardPanels } from '../equality';
import { addPoll, PollForm } from '../kinds';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { ActionCardForm } from './ActionCardForm';
import { addActionCard, addIndicator } from './add-card';
import { IndicatorForm } from './IndicatorForm';
import { NoteComposer } from './NoteComposer';
import { PhasePanel } from './PhasePanel';

interface ParticipatePanelProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
  /** The phase this person looks at: what they write lands there. */
  phase: PhaseId;
  locked: boolean;
  refused: boolean;
  onAttributed: (text: string) => void;
  /** The phone's: the composer and the hand kept small, so the vote fits under them. */
  compact: boolean;
  /** The phase the workshop is in, with its prompts (last: the canvas shows them too). */
  workshopPhase: PhaseId;
}

/**
 * Taking part without the canvas: write (a note, a draft during silent
 * writing, an anonymous note), the produce phase's cards, the hand, the vote.
 */
export function ParticipatePanel(props: ParticipatePanelProps) {
  const { connection, workshopId, session, phase, locked, refused, onAttributed, compact } = props;
  const { workshopPhase } = props;
  const author = { author: session.participantId, authorRole: session.role };
  return (
    <div className={`participate${compact ? ' participate-compact' : ''}`}>
      <ContributionArea
        connection={connection}
        workshopId={workshopId}
        session={session}
        phase={phase}
        blocked={locked || refused}
        onAttributed={onAttributed}
      >
        <NoteComposer locked={locked} disabled={refused} phase={phase} onAdd={onAttributed} />
      </ContributionArea>
      <EqualityBoardPanels
        connection={connection}
        workshopId={workshopId}
        session={session}
        compact={compact}
      />
      {phaseOffers(phase, 'action') && (
        <ActionCardForm
          blocked={locked || refused}
          onAdd={(card) => addActionCard(connection.items, card, author)}
        />
      )}
      {phaseOffers(phase, 'indicator') && (
        <IndicatorForm
          blocked={locked || refused}
          onAdd={(card) => addIndicator(connection.items, card, author)}
        />
      )}
      <PollForm
        blocked={locked || refused}
        onAdd={(poll) => addPoll(connection.items, poll, phase, author)}
      />
      <PhasePanel phase={workshopPhase} />
    </div>
  );
}
