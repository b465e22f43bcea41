import { Writable } from 'node:stream';
import type { Action, SessionReply } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AppOptions } from '../src/app.js';
import { loggerOptions } from '../src/observability/logging.js';
import {
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  openRawSocket,
  postAction,
  startServer,
  waitFor,
  type RawSocket,
} from './helper.js';

/**
 * Scenario helpers for the equality tests: a workshop with a facilitator and
 * three participants on a real server, the HTTP calls a hostile participant
 * would make, and raw sockets whose frames are decoded independently of the
 * server's code, to see exactly what a client receives.
 */
export async function equalityWorkshop(options: Partial<AppOptions> = {}) {
  const server = await startServer(options);
  const workshop = await createWorkshop(server.url, { title: 'Trygg skolevei', language: 'nb' });
  const people = {
    facilitator: await joinAsFacilitator(server.url, workshop),
    kari: await joinAsParticipant(server.url, workshop, 'innbygger', 'Kari Nordmann'),
    ola: await joinAsParticipant(server.url, workshop, 'kommuneansatt'),
    siri: await joinAsParticipant(server.url, workshop, 'politiker', 'Siri'),
  };
  const act = (who: SessionReply, action: Action | Record<string, unknown>) =>
    postAction(server.url, workshop.id, who.token, action);
  const get = async (who: SessionReply, path: string) => {
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { server, workshop, people, act, get };
}

/** A raw socket on a room that asked for the whole document, as any client does. */
export async function rawClient(
  wsUrl: string,
  workshopId: string,
  room: 'board' | 'control',
  token: string,
): Promise<RawSocket> {
  const raw = await openRawSocket(wsUrl, workshopId, room, token);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  raw.socket.send(encoding.toUint8Array(encoder));
  return raw;
}

/** The document built from every sync step 2 and update the raw socket received. */
export function receivedDoc(raw: RawSocket): Y.Doc {
  const doc = new Y.Doc();
  for (const frame of raw.received) {
    const decoder = decoding.createDecoder(new Uint8Array(frame));
    if (decoding.readVarUint(decoder) !== 0) continue;
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) continue;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return doc;
}

/** Everything the raw socket received, as one byte string to search. */
export function receivedBytes(raw: RawSocket): Buffer {
  return Buffer.concat(raw.received);
}

/** Waits until the raw socket has received something that satisfies `check`. */
export async function untilReceived(
  raw: RawSocket,
  check: (doc: Y.Doc) => boolean,
): Promise<Y.Doc> {
  let doc = receivedDoc(raw);
  await waitFor(() => check((doc = receivedDoc(raw))), 5000, 'a change to reach the raw client');
  return doc;
}

/** The app's logs at info level (as in production), captured line by line. */
export function capturedLogs(): { lines: string[]; logger: AppOptions['logger'] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const options = loggerOptions('info') as Exclude<AppOptions['logger'], boolean | undefined>;
  return { lines, logger: { ...options, stream } };
}
