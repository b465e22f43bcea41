import type { Action } from '@moteplass/shared';
import { isRecord, requestJson, workshopPath } from './request';

/** One workshop action; resolves with the server's reply (`{ok: true, …}`). */
export function postAction(
  workshopId: string,
  token: string,
  action: Action,
): Promise<Record<string, unknown>> {
  return requestJson(
    `${workshopPath(workshopId)}/actions`,
    (value): value is Record<string, unknown> => isRecord(value) && value.ok === true,
    { method: 'POST', body: action, token },
  );
}
