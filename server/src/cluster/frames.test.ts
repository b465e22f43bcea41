import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame } from './frames.js';
import { parseClusterEvent } from './events.js';

describe('frames between instances', () => {
  it('carry the kind, the sender and the bytes unchanged', () => {
    const payload = new Uint8Array([0, 1, 2, 255]);
    const frame = decodeFrame(encodeFrame('update', 'instance-7', payload));
    expect(frame).toMatchObject({ kind: 'update', instanceId: 'instance-7' });
    expect([...frame!.payload]).toEqual([0, 1, 2, 255]);
  });

  it('are ignored when they are not ours (unknown kind, truncated, empty)', () => {
    expect(decodeFrame(Buffer.from([9, 1, 65]))).toBeNull();
    expect(decodeFrame(Buffer.from([1, 5, 65]))).toBeNull();
    expect(decodeFrame(Buffer.alloc(0))).toBeNull();
  });

  it('events are checked field by field', () => {
    const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
    expect(parseClusterEvent(bytes({ type: 'workshopDeleted', workshopId: 'w1' }))).toEqual({
      type: 'workshopDeleted',
      workshopId: 'w1',
    });
    expect(parseClusterEvent(bytes({ type: 'participantRemoved', workshopId: 'w1' }))).toBeNull();
    expect(parseClusterEvent(bytes({ type: 'dropTables' }))).toBeNull();
    expect(parseClusterEvent(Buffer.from('not json'))).toBeNull();
  });
});
