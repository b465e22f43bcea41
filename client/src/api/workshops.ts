import {
  isLanguage,
  type CreateWorkshopBody,
  type CreateWorkshopReply,
  type Role,
  type SessionReply,
  type WorkshopSummary,
} from '@moteplass/shared';
import { hasStrings, requestJson } from './request';

/** The HTTP API of CONTRACT.md, one function per endpoint the client uses. */

const isCreateWorkshopReply = (value: unknown): value is CreateWorkshopReply =>
  hasStrings(value, ['id', 'joinCode', 'facilitatorKey', 'participantUrl', 'facilitatorUrl']);

const isWorkshopSummary = (value: unknown): value is WorkshopSummary =>
  hasStrings(value, ['id', 'title', 'language']) && isLanguage(value.language);

const isSessionReply = (value: unknown): value is SessionReply =>
  hasStrings(value, ['token', 'participantId']);

export function createWorkshop(body: CreateWorkshopBody): Promise<CreateWorkshopReply> {
  return requestJson('/api/workshops', isCreateWorkshopReply, { method: 'POST', body });
}

export function fetchWorkshopSummary(id: string, signal?: AbortSignal): Promise<WorkshopSummary> {
  return requestJson(`/api/workshops/${encodeURIComponent(id)}`, isWorkshopSummary, { signal });
}

/** Find a workshop by the code on the projector (the server ignores case, spaces and dashes). */
export function lookupJoinCode(code: string): Promise<WorkshopSummary> {
  return requestJson(`/api/join/${encodeURIComponent(code)}`, isWorkshopSummary);
}

export function createParticipantSession(
  workshopId: string,
  body: { joinCode: string; name?: string; role: Role },
): Promise<SessionReply> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/sessions`, isSessionReply, {
    method: 'POST',
    body,
  });
}

export function createFacilitatorSession(
  workshopId: string,
  body: { facilitatorKey: string; name?: string },
): Promise<SessionReply> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/sessions`, isSessionReply, {
    method: 'POST',
    body,
  });
}
