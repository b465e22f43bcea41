/**
 * What instances say to each other over Redis, as binary frames:
 * one byte for the kind, the sender's instance id (so an instance ignores
 * its own messages), then the payload. Document updates and awareness are
 * Yjs bytes as they are; workshop events are JSON.
 */

export const FRAME_KINDS = { update: 1, awareness: 2, event: 3, awarenessQuery: 4 } as const;
export type FrameKind = keyof typeof FRAME_KINDS;

export interface Frame {
  kind: FrameKind;
  instanceId: string;
  payload: Uint8Array;
}

const KIND_BY_BYTE = new Map<number, FrameKind>(
  Object.entries(FRAME_KINDS).map(([kind, byte]) => [byte, kind as FrameKind]),
);

/** Instance ids are short (a random hex string by default); 255 bytes at most. */
export function encodeFrame(kind: FrameKind, instanceId: string, payload: Uint8Array): Buffer {
  const id = Buffer.from(instanceId, 'utf8');
  if (id.length === 0 || id.length > 255) throw new Error('instance id must be 1–255 bytes');
  const frame = Buffer.allocUnsafe(2 + id.length + payload.length);
  frame[0] = FRAME_KINDS[kind];
  frame[1] = id.length;
  id.copy(frame, 2);
  frame.set(payload, 2 + id.length);
  return frame;
}

/** The frame, or null when it is not one of ours (another program on the channel, a newer version). */
export function decodeFrame(frame: Buffer): Frame | null {
  if (frame.length < 2) return null;
  const kind = KIND_BY_BYTE.get(frame[0]!);
  const idLength = frame[1]!;
  if (!kind || idLength === 0 || frame.length < 2 + idLength) return null;
  return {
    kind,
    instanceId: frame.toString('utf8', 2, 2 + idLength),
    payload: frame.subarray(2 + idLength),
  };
}
