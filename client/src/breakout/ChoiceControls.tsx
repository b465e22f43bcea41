import { choiceOpen, type BreakoutState, type ParticipantSummary } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ChoiceControlsProps {
  breakout: BreakoutState;
  participants: readonly ParticipantSummary[];
  /** Closes the choice; resolves to how many were placed, or null when it failed. */
  onClose: () => void;
  busy: boolean;
}

/**
 * The console while people pick their group (mix "choose"): how many have
 * not picked yet, and the button that closes the choice and places them in
 * the smallest groups.
 */
export function ChoiceControls({ breakout, participants, onClose, busy }: ChoiceControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  if (!choiceOpen(breakout)) return null;
  const seated = new Set(breakout.groups.flatMap((group) => group.members));
  const undecided = participants.filter((p) => !p.facilitator && !seated.has(p.id)).length;
  return (
    <div className="breakout-choice" data-breakout-choice>
      <p>{t('breakoutChoose.choosing', { count: undecided })}</p>
      <button type="button" aria-describedby={`${id}-hint`} disabled={busy} onClick={onClose}>
        {t('breakoutChoose.closeChoice')}
      </button>
      <p id={`${id}-hint`} className="hint">
        {t('breakoutChoose.closeChoiceHint')}
      </p>
    </div>
  );
}
