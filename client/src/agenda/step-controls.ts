import type { AgendaStep } from '@moteplass/shared';
import type { TFunction } from 'i18next';

/** The step's phase and controls in words ("Silent writing · Dot vote, 3 dots"). */
export function describeControls(t: TFunction, step: AgendaStep): string[] {
  const { controls } = step;
  const words: string[] = [];
  if (step.phase) {
    words.push(t('methods.agenda.controlPhase', { phase: t(`phases.${step.phase}.title`) }));
  }
  if (controls.silentWriting) words.push(t('methods.agenda.controlSilentWriting'));
  if (controls.vote) words.push(t('methods.agenda.controlVote', { count: controls.vote.dots }));
  if (controls.speakingRound) words.push(t('methods.agenda.controlSpeakingRound'));
  if (controls.anonymity) words.push(t('methods.agenda.controlAnonymity'));
  if (controls.breakout) {
    words.push(t('methods.agenda.controlBreakout', { size: controls.breakout.groupSize }));
  }
  return words;
}

/** "12 min 05 s", as in the report. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
