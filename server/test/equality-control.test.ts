import {
  ANONYMITY_KEY,
  CONTROL_ROOT,
  SPEAKING_KEY,
  VOTE_KEY,
  readAnonymity,
  readSpeaking,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { equalityWorkshop, rawClient, receivedDoc, untilReceived } from './equality-helper.js';
import { cleanup, connect, waitFor } from './helper.js';

afterEach(cleanup);

describe('SYNC-2: the equality state in the control document is the server’s', () => {
  it('drops a hostile participant’s writes to the queue, the vote and anonymity', async () => {
    const { server, workshop, people, act } = await equalityWorkshop();
    const rogue = await connect(server.wsUrl, workshop.id, 'control', people.kari.token);
    const observer = await rawClient(server.wsUrl, workshop.id, 'control', people.ola.token);

    const forged = rogue.doc.getMap(CONTROL_ROOT);
    forged.set(SPEAKING_KEY, {
      order: 'first-come',
      turnLimitSeconds: null,
      queue: [],
      current: {
        participantId: people.kari.participantId,
        role: 'innbygger',
        startedAt: 0,
        endsAt: null,
      },
      round: null,
    });
    forged.set(VOTE_KEY, { voteId: 'fake', tallies: [{ itemId: 'x', count: 99 }] });
    forged.set(ANONYMITY_KEY, { mode: 'workshop', phase: null, allowSingle: true });
    // A real action after the forgery: once it arrives, the forgery had its chance.
    await act(people.facilitator, { type: 'setSpeakingRules', order: 'least-spoken-first' });
    const seen = await untilReceived(
      observer,
      (doc) =>
        readSpeaking(doc.getMap(CONTROL_ROOT).get(SPEAKING_KEY)).order === 'least-spoken-first',
    );
    const control = seen.getMap(CONTROL_ROOT);
    expect(readSpeaking(control.get(SPEAKING_KEY)).current).toBeNull();
    expect(control.get(VOTE_KEY)).toBeUndefined();
    expect(readAnonymity(control.get(ANONYMITY_KEY)).mode).toBe('off');
    // Nor may the forger send an anonymous note on the strength of its forged mode.
    const note = await act(people.kari, { type: 'addAnonymousNote', text: 'x', phase: 'explore' });
    expect(note).toMatchObject({ status: 409, body: { error: { code: 'ANONYMOUS_INPUT_OFF' } } });
    // And a fresh client gets the server's state, not the forgery.
    const fresh = await rawClient(server.wsUrl, workshop.id, 'control', people.siri.token);
    await waitFor(() => receivedDoc(fresh).getMap(CONTROL_ROOT).get('phase') === 'explore');
    expect(receivedDoc(fresh).getMap(CONTROL_ROOT).get(VOTE_KEY)).toBeUndefined();
  });
});

describe('AUTH-3: equality actions check who may call them', () => {
  it('answers 403 FORBIDDEN to a participant calling a facilitator action', async () => {
    const { people, act } = await equalityWorkshop();
    const facilitatorOnly = [
      { type: 'grantTurn', participantId: people.kari.participantId },
      { type: 'endTurn' },
      { type: 'startRound' },
      { type: 'endRound' },
      { type: 'setSpeakingRules', turnLimitSeconds: 60 },
      { type: 'lowerHand', participantId: people.ola.participantId },
      { type: 'setAnonymity', mode: 'workshop' },
      { type: 'startSilentWriting', phase: 'explore', reveal: 'anonymous' },
      { type: 'revealDrafts' },
      { type: 'startVote', dotsPerParticipant: 3 },
      { type: 'closeVote' },
    ];
    for (const action of facilitatorOnly) {
      const { status, body } = await act(people.kari, action);
      expect({ type: action.type, status, body }).toMatchObject({
        type: action.type,
        status: 403,
        body: { error: { code: 'FORBIDDEN' } },
      });
    }
  });

  it('answers 400 to bodies that do not fit, and 401 without a token', async () => {
    const { people, act, get } = await equalityWorkshop();
    for (const action of [
      { type: 'castVote' },
      { type: 'startVote', dotsPerParticipant: 0 },
      { type: 'startVote', dotsPerParticipant: 3, tallies: [] },
      { type: 'saveDraft', text: 'x', phase: 'explore', author: 'someone-else' },
      { type: 'addAnonymousNote', text: '', phase: 'explore' },
      { type: 'setSpeakingRules', turnLimitSeconds: 1 },
      { type: 'setAnonymity', mode: 'sometimes' },
    ]) {
      const { status } = await act(people.facilitator, action);
      expect({ action, status }).toEqual({ action, status: 400 });
    }
    const anonymous = { token: 'nonsense', participantId: 'x' };
    expect((await get(anonymous, '/drafts')).status).toBe(401);
    expect((await get(anonymous, '/votes/mine')).status).toBe(401);
  });
});
