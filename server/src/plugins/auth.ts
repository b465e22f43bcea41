import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import type { Peer } from '../rooms/index.js';

/** The bearer token of a request, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim() || undefined;
}

/**
 * The peer behind a request's token for this workshop: 401 without a valid
 * token, 403 when `facilitator` is required and the peer is not one.
 */
export async function requirePeer(
  request: FastifyRequest,
  workshopId: string,
  required: 'member' | 'facilitator' = 'member',
): Promise<Peer> {
  const peer = await request.server.workshops.authenticate(bearerToken(request), workshopId);
  if (!peer) throw new AppError('UNAUTHORIZED', 'A valid session token is required');
  if (required === 'facilitator' && !peer.facilitator) {
    throw new AppError('FORBIDDEN', 'Only the facilitator may do this');
  }
  return peer;
}
