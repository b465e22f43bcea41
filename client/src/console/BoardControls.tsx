import { PHASE_IDS, isPhaseId, type Action, type PhaseId } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFailure } from '../api';
import type { ActionRunner } from './use-action';

interface BoardControlsProps {
  locked: boolean;
  cursorsVisible: boolean;
  phase: PhaseId;
  actions: ActionRunner;
}

/** The board as a whole: lock it, hide the cursors, bring everybody's view to one phase. */
export function BoardControls({ locked, cursorsVisible, phase, actions }: BoardControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [bringTo, setBringTo] = useState<PhaseId>(phase);
  const act = (action: Action) => {
    if (actions.pending === null) void actions.run(action);
  };

  function bring(event: FormEvent) {
    event.preventDefault();
    act({ type: 'bringEveryoneToPhase', phase: bringTo });
  }

  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.board.heading')}</h2>
      <p className="console-now">
        {locked ? t('console.board.locked') : t('console.board.unlocked')}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => act({ type: locked ? 'unlockBoard' : 'lockBoard' })}>
          {locked ? t('console.board.unlock') : t('console.board.lock')}
        </button>
        <button
          type="button"
          onClick={() => act({ type: 'setCursorsVisible', visible: !cursorsVisible })}
        >
          {cursorsVisible ? t('console.board.hideCursors') : t('console.board.showCursors')}
        </button>
      </div>
      <p className="hint">
        {cursorsVisible ? t('console.board.cursorsShown') : t('console.board.cursorsHidden')}
      </p>
      <form className="inline-form" onSubmit={bring}>
        <div className="field">
          <label htmlFor={`${id}-bring`}>{t('console.board.bringPhase')}</label>
          <select
            id={`${id}-bring`}
            value={bringTo}
            aria-describedby={`${id}-bring-hint`}
            onChange={(event) => {
              if (isPhaseId(event.target.value)) setBringTo(event.target.value);
            }}
          >
            {PHASE_IDS.map((option) => (
              <option key={option} value={option}>
                {t(`phases.${option}.title`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('console.board.bring')}</button>
      </form>
      <p id={`${id}-bring-hint`} className="hint">
        {t('console.board.bringHint')}
      </p>
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
