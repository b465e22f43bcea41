import { CLOSE_CODES, readInvitationRotatedAt } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../rooms/fakes.js';
import { dispatchAction } from './index.js';
import { actionSetup, closeTestRooms, errorCode } from './testing.js';

afterEach(closeTestRooms);

describe('rotateJoinCode', () => {
  it('AUTH-5: gives a new code; the old one stops working, sessions already made keep working', async () => {
    const { facilitator, workshops, workshop, participantToken, storedControl } =
      await actionSetup();
    const reply = await dispatchAction(facilitator(7_000), { type: 'rotateJoinCode' });
    const joinCode = reply.joinCode as string;

    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(joinCode).not.toBe(workshop.joinCode);
    expect(await workshops.joinCode(workshop.id)).toBe(joinCode);
    expect(
      await errorCode(
        workshops.join(workshop.id, { joinCode: workshop.joinCode, role: 'frivillig' }),
      ),
    ).toBe('INVALID_JOIN_CODE');
    await expect(workshops.findByJoinCode(workshop.joinCode)).rejects.toThrow();
    await expect(
      workshops.join(workshop.id, { joinCode, role: 'frivillig' }),
    ).resolves.toHaveProperty('token');
    expect(await workshops.authenticate(participantToken, workshop.id)).not.toBeNull();
    expect(readInvitationRotatedAt((await storedControl()).get('invitation'))).toBe(7_000);
  });
});

describe('removeParticipant', () => {
  it('AUTH-4: revokes the token and closes the participant’s open sockets with 4401 at once', async () => {
    const { facilitator, rooms, workshops, workshop, participantPeer, participantToken } =
      await actionSetup();
    const board = await rooms.get(workshop.id, 'board');
    const control = await rooms.get(workshop.id, 'control');
    const onBoard = connect(board, { peer: participantPeer });
    const onControl = connect(control, { peer: participantPeer });
    const bystander = connect(board, { peer: { role: 'politiker' } });

    expect(
      await dispatchAction(facilitator(), {
        type: 'removeParticipant',
        participantId: participantPeer.participantId,
      }),
    ).toEqual({ ok: true, removed: participantPeer.participantId });

    expect(onBoard.socket.closed?.code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect(onControl.socket.closed?.code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect(bystander.socket.closed).toBeNull();
    expect(board.connections.has(bystander.connection)).toBe(true);
    expect(await workshops.authenticate(participantToken, workshop.id)).toBeNull();
    expect((await workshops.participants(workshop.id)).participants.map((p) => p.id)).not.toContain(
      participantPeer.participantId,
    );
  });

  it('is harmless twice, NOT_FOUND for a stranger, CONFLICT for yourself', async () => {
    const { facilitator, facilitatorPeer, participantPeer } = await actionSetup();
    const remove = (participantId: string) =>
      dispatchAction(facilitator(), { type: 'removeParticipant', participantId });
    await remove(participantPeer.participantId);
    await expect(remove(participantPeer.participantId)).resolves.toMatchObject({ ok: true });
    expect(await errorCode(remove('nobody-of-ours'))).toBe('NOT_FOUND');
    expect(await errorCode(remove(facilitatorPeer.participantId))).toBe('CONFLICT');
  });
});

describe('setCursorsVisible', () => {
  it('stores the switch in the control document', async () => {
    const { facilitator, storedControl } = await actionSetup();
    expect(
      await dispatchAction(facilitator(), { type: 'setCursorsVisible', visible: false }),
    ).toEqual({ ok: true, cursorsVisible: false });
    expect((await storedControl()).get('cursorsVisible')).toBe(false);
  });
});
