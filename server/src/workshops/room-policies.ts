import {
  BREAKOUT_KEY,
  CONTROL_KEYS,
  CONTROL_ROOT,
  SILENT_WRITING_KEY,
  readSilentWriting,
  runningBreakout,
  silentPhaseFor,
  type RoomName,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { GroupTagger } from '../breakout/group-tags.js';
import type { RoomPolicy, RoomRegistry } from '../rooms/index.js';
import { discardPending } from '../rooms/update-gate.js';
import { authorshipOf, checkBoardUpdate, countDamagedItems } from '../rooms/validation/index.js';
import { migrateBoardItems } from './migrate-board.js';

/**
 * Who may write which document (CONTRACT.md):
 * - control: nobody but the server (actions); client updates are dropped.
 * - board: everyone with a session, unless the facilitator locked the board;
 *   every update is held to the board's shape first (BOARD-1..4), and while
 *   silent writing runs, nobody but the facilitator adds a note to its phase
 *   (SILENT-1).
 */
export async function createRoomPolicy(
  workshopId: string,
  name: RoomName,
  registry: RoomRegistry,
): Promise<RoomPolicy> {
  if (name === 'control') return { acceptsUpdatesFrom: () => false };
  // The lock and silent writing live in the control document; keep it loaded while the board is.
  const control = await registry.get(workshopId, 'control');
  control.pin();
  const state = control.doc.getMap(CONTROL_ROOT);
  const silentPhase = (): string | null =>
    readSilentWriting(state.get(SILENT_WRITING_KEY)).active?.phase ?? null;
  let board: Y.Doc | null = null;
  let groups: GroupTagger | null = null;
  // BOARD-2: nothing pending crosses a rule change (a lock, a silent round starting).
  const onRuleChange = (): void => {
    if (board && (state.get(CONTROL_KEYS.locked) === true || silentPhase() !== null)) {
      discardPending(board);
    }
  };
  state.observe(onRuleChange);
  return {
    acceptsUpdatesFrom: (connection) =>
      connection.peer.facilitator || state.get(CONTROL_KEYS.locked) !== true,
    checkUpdate: (connection, update, doc) => {
      const authorship = authorshipOf(doc);
      groups?.forget();
      const verdict = checkBoardUpdate(doc, update, {
        participantId: connection.peer.participantId,
        facilitator: connection.peer.facilitator,
        // A group's silent round holds back its members only (GROUPEQ-5).
        silentPhase: silentPhaseFor(
          readSilentWriting(state.get(SILENT_WRITING_KEY)),
          runningBreakout(state.get(BREAKOUT_KEY)),
          connection.peer.participantId,
        ),
        knownAuthor: (itemId) => authorship.authorOf(itemId),
      });
      if (verdict.kind !== 'accept') return verdict;
      return {
        kind: 'accept',
        commit: () => {
          authorship.record(verdict.created);
          // Items made in a group carry the author's group, as the server says (BREAK-5).
          groups?.tag(connection.peer, state.get(BREAKOUT_KEY));
        },
      };
    },
    attach: (doc) => {
      board = doc;
      groups = new GroupTagger(doc);
    },
    damagedItems: countDamagedItems,
    migrateOnLoad: migrateBoardItems,
    dispose: () => {
      state.unobserve(onRuleChange);
      groups?.dispose();
      control.unpin();
    },
  };
}
