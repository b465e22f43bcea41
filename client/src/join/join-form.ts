import {
  isRole,
  isWellFormedJoinCode,
  LIMITS,
  normalizeJoinCode,
  type Role,
} from '@moteplass/shared';

export interface JoinFormValues {
  code: string;
  name: string;
  /** '' until a role is chosen: there is no default role. */
  role: Role | '';
}

export interface ParticipantJoinRequest {
  joinCode: string;
  name?: string;
  role: Role;
}

export type JoinFieldError =
  'join.codeRequired' | 'start.joinCodeMalformed' | 'join.nameTooLong' | 'join.roleRequired';

export type JoinFormResult =
  | { ok: true; request: ParticipantJoinRequest }
  | { ok: false; errors: Partial<Record<keyof JoinFormValues, JoinFieldError>> };

/** Check what a person typed before asking the server; messages are catalogue keys. */
export function validateJoinForm(values: JoinFormValues): JoinFormResult {
  const errors: Partial<Record<keyof JoinFormValues, JoinFieldError>> = {};
  const joinCode = normalizeJoinCode(values.code);
  if (!joinCode) errors.code = 'join.codeRequired';
  else if (!isWellFormedJoinCode(joinCode)) errors.code = 'start.joinCodeMalformed';

  const name = values.name.trim();
  if (name.length > LIMITS.nameLength) errors.name = 'join.nameTooLong';

  const role = values.role;
  if (!isRole(role)) errors.role = 'join.roleRequired';

  if (Object.keys(errors).length > 0 || !isRole(role)) return { ok: false, errors };
  return { ok: true, request: { joinCode, role, ...(name ? { name } : {}) } };
}
