import { CLOSE_CODES } from '@moteplass/shared';
import { describe, expect, it, vi } from 'vitest';
import { TestStorage, connect, noteTexts, noteUpdate, updateFrame } from './fakes.js';
import { trackedRoom } from './room-test-setup.js';

describe('Room — limits', () => {
  it('closes a connection that sends a burst beyond its token bucket with 4429', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const room = await trackedRoom(new TestStorage());
    const chatty = connect(room, { messagesPerSecond: 5 });
    const other = connect(room);
    const query = new Uint8Array([3]);
    for (let i = 0; i < 10; i++) room.receive(chatty.connection, query); // the burst: twice the rate
    expect(chatty.socket.closed).toBeNull();
    room.receive(chatty.connection, query);
    expect(chatty.socket.closed?.code).toBe(CLOSE_CODES.RATE_LIMITED);
    expect(other.socket.closed).toBeNull();
  });

  it('refills the bucket over time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const room = await trackedRoom(new TestStorage());
    const steady = connect(room, { messagesPerSecond: 5 });
    for (let i = 0; i < 10; i++) room.receive(steady.connection, new Uint8Array([3]));
    vi.advanceTimersByTime(1_000);
    for (let i = 0; i < 5; i++) room.receive(steady.connection, new Uint8Array([3]));
    expect(steady.socket.closed).toBeNull();
  });

  it('closes a socket that cannot keep up with 1013; the others still receive', async () => {
    const room = await trackedRoom(new TestStorage(), { maxBufferedBytes: 1024 });
    const writer = connect(room);
    const slow = connect(room);
    const reader = connect(room);
    slow.socket.bufferedAmount = 4096;

    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'hello')));
    await room.flushed();
    expect(slow.socket.closed?.code).toBe(1013);
    expect(slow.socket.updateFrames()).toHaveLength(0);
    expect(noteTexts(reader.socket.receivedDoc())).toEqual({ n1: 'hello' });
    expect(noteTexts(writer.socket.receivedDoc())).toEqual({ n1: 'hello' });
  });
});
