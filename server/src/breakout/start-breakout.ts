import {
  BREAKOUT_KEY,
  CATALOGUES,
  defaultGroupName,
  isLanguage,
  runningBreakout,
  CONTROL_KEYS,
  type BreakoutState,
} from '@moteplass/shared';
import { defineAction } from '../actions/types.js';
import { newId } from '../workshops/ids.js';
import { handsToGroups } from '../equality/index.js';
import { changeControl, currentPhase } from './control.js';
import { AppError } from '../http/errors.js';
import { addGroupFrames, groupFrameId } from './frames.js';
import { groupCount, partition, type Person } from './partition.js';

/**
 * Split everybody in the workshop (facilitators aside) into groups, each
 * with its own frame in the current phase (CONTRACT.md, breakout groups).
 * Those with the board open are dealt first; those who are away are placed
 * too and shown as gone, so nobody who comes back is left without a group.
 */
export const startBreakout = defineAction({
  type: 'startBreakout',
  allowed: 'facilitator',
  async run(context, { groupSize, mix }) {
    const { workshopId } = context.peer;
    const [records, peers] = await Promise.all([
      context.storage.workshops.listParticipants(workshopId),
      context.rooms.connectedPeers(workshopId, 'board'),
    ]);
    const present = new Set(peers.map((peer) => peer.participantId));
    const people: Person[] = records
      .filter((record) => !record.revoked && !record.facilitator)
      .map((record) => ({ id: record.id, role: record.role, present: present.has(record.id) }));
    if (people.length === 0) throw new AppError('NOBODY_PRESENT', 'Nobody has joined yet');
    // "choose": as many groups as a deal would make, all empty until people pick.
    const memberLists =
      mix === 'choose'
        ? Array.from({ length: groupCount(people.length, groupSize) }, () => [])
        : partition(people, groupSize, mix);

    const state = await changeControl(context, (control): BreakoutState => {
      if (runningBreakout(control.get(BREAKOUT_KEY))) {
        throw new AppError('BREAKOUT_RUNNING', 'A breakout is already under way');
      }
      const language = control.get(CONTROL_KEYS.language);
      const template = CATALOGUES[isLanguage(language) ? language : 'nb'].breakout.groupName;
      const next: BreakoutState = {
        status: 'running',
        groups: memberLists.map((members, index) => {
          const id = newId();
          return {
            id,
            name: defaultGroupName(template, index + 1),
            members,
            frameId: groupFrameId(id),
          };
        }),
        mix,
        groupSize,
        phase: currentPhase(control),
        startedAt: context.now,
        ...(mix === 'choose' ? { choosing: true } : {}),
      };
      control.set(BREAKOUT_KEY, next);
      // Hands raised in the room go to the raisers' groups, in their order (GROUPEQ-6).
      handsToGroups(control);
      return next;
    });
    await addGroupFrames(context.rooms, workshopId, state.phase, state.groups, context.now);
    return { groups: state.groups.map(({ id, name, members }) => ({ id, name, members })) };
  },
});
