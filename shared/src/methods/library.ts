import oneTwoFourAll from '../../methods/1-2-4-all.json' with { type: 'json' };
import dotVoteAndDecide from '../../methods/dot-vote-and-decide.json' with { type: 'json' };
import floke from '../../methods/floke.json' with { type: 'json' };
import impactChain from '../../methods/impact-chain.json' with { type: 'json' };
import roundOfReflections from '../../methods/round-of-reflections.json' with { type: 'json' };
import type { Method } from './schema.js';

/**
 * The methods library, in the order the console shows it. The files are
 * data (docs/methods.md says how to write one); `library.test.ts` checks
 * each against `MethodSchema`, so a cast is all that is needed here.
 */
export const METHOD_LIBRARY: readonly Method[] = [
  oneTwoFourAll,
  floke,
  impactChain,
  dotVoteAndDecide,
  roundOfReflections,
] as unknown as Method[];

export function findMethod(id: string): Method | undefined {
  return METHOD_LIBRARY.find((method) => method.id === id);
}
