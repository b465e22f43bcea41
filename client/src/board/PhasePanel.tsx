import type { PhaseId } from '@moteplass/shared';
import { PhaseSummary } from '../phases';

/** The phase the facilitator has set, what it is for, and the questions to start from. */
export function PhasePanel({ phase }: { phase: PhaseId }) {
  return (
    <section className="panel phase-panel" aria-labelledby="phase-heading">
      <PhaseSummary phase={phase} headingId="phase-heading" />
    </section>
  );
}
