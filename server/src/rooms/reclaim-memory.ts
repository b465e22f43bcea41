import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives the rooms' memory back once the last room has unloaded.
 *
 * V8 collects garbage when JavaScript allocates. A server whose rooms have
 * all emptied allocates next to nothing, so the documents it just freed stay
 * in the heap, and in the RSS, until the next workshop starts: after 100
 * rooms of 8 (bench/, R100) the heap held 94 MB 60 s later, of which 34 MB
 * were live. With no room loaded nobody waits for the pause of a full
 * collection (tens of ms), so we ask for one then; while rooms are busy,
 * V8's own schedule is left alone.
 */

/** How long the registry must stay empty before we collect (late promise chains settle first). */
export const RECLAIM_AFTER_EMPTY_MS = 2_000;

let collect: (() => void) | null | undefined;

/**
 * V8's `gc`, exposed at run time (the same as starting Node with
 * `--expose-gc`); null where the engine refuses, and then nothing is done.
 */
function garbageCollector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** A full collection now; false if this engine offers none. */
export function collectGarbage(): boolean {
  const gc = garbageCollector();
  if (!gc) return false;
  gc();
  return true;
}

/**
 * Calls `collectGarbage` once the registry has stayed empty for
 * `RECLAIM_AFTER_EMPTY_MS`; `isEmpty` is asked again then.
 */
export function reclaimWhenEmpty(
  isEmpty: () => boolean,
  delayMs = RECLAIM_AFTER_EMPTY_MS,
  reclaim: () => boolean = collectGarbage,
): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (isEmpty()) reclaim();
    }, delayMs);
    timer.unref();
  };
}
