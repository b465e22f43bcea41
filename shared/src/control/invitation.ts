import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * The join code itself is not in the control document (it reaches everybody,
 * also people the facilitator may be about to remove). Only the fact that it
 * changed is: `invitation.rotatedAt`, so that the shared screen and the
 * console fetch the new code at once after `rotateJoinCode`.
 */
export const INVITATION_KEY = 'invitation';

export const InvitationStampSchema = Type.Object({
  rotatedAt: Type.Number({ minimum: 0, maximum: 1e15 }),
});

/** When the code last changed (server time), 0 if never. */
export function readInvitationRotatedAt(value: unknown): number {
  return Value.Check(InvitationStampSchema, value) ? value.rotatedAt : 0;
}
