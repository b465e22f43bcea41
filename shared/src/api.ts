import { Type, type Static } from '@sinclair/typebox';
import { RoleSchema } from './board/items.js';
import { JOIN_CODE_LENGTH, LIMITS } from './limits.js';
import { LANGUAGES } from './languages.js';
import { literalUnion } from './schema.js';

/** HTTP request and reply schemas (JSON Schema via TypeBox; Fastify validates with them). */

const Language = literalUnion(LANGUAGES);

/** How a new board starts: the four phase frames with their prompts (default), or empty. */
export const WORKSHOP_TEMPLATES = ['phases', 'blank'] as const;
export type WorkshopTemplate = (typeof WORKSHOP_TEMPLATES)[number];

export const CreateWorkshopBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: LIMITS.titleLength }),
    caseDescription: Type.Optional(Type.String({ maxLength: LIMITS.caseDescriptionLength })),
    language: Type.Optional(Language),
    template: Type.Optional(literalUnion(WORKSHOP_TEMPLATES)),
    /** The next meetup in the series of this earlier one (issue 18, docs/series.md). */
    seriesOf: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** The earlier meetup's facilitatorKey; required with `seriesOf`. */
    seriesKey: Type.Optional(Type.String({ maxLength: 128 })),
    /** A methods-library method (`shared/methods/<id>.json`) whose steps become the agenda. */
    method: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type CreateWorkshopBody = Static<typeof CreateWorkshopBody>;

export const CreateWorkshopReply = Type.Object({
  id: Type.String(),
  joinCode: Type.String(),
  facilitatorKey: Type.String(),
  participantUrl: Type.String(),
  facilitatorUrl: Type.String(),
});
export type CreateWorkshopReply = Static<typeof CreateWorkshopReply>;

const Name = Type.String({ maxLength: LIMITS.nameLength });

export const ParticipantSessionBody = Type.Object(
  {
    joinCode: Type.String({ minLength: 1, maxLength: 32 }),
    name: Type.Optional(Name),
    role: RoleSchema,
  },
  { additionalProperties: false },
);

export const FacilitatorSessionBody = Type.Object(
  {
    facilitatorKey: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.Optional(Name),
  },
  { additionalProperties: false },
);

export const CreateSessionBody = Type.Union([ParticipantSessionBody, FacilitatorSessionBody]);
export type CreateSessionBody = Static<typeof CreateSessionBody>;

export const SessionReply = Type.Object({
  token: Type.String(),
  participantId: Type.String(),
  facilitator: Type.Optional(Type.Boolean()),
});
export type SessionReply = Static<typeof SessionReply>;

/** `GET /api/workshops/:id/session`: what the server knows of the caller's token. */
export const SessionInfo = Type.Object({
  participantId: Type.String(),
  facilitator: Type.Boolean(),
  role: Type.Union([RoleSchema, Type.Null()]),
});
export type SessionInfo = Static<typeof SessionInfo>;

/** Public facts about a workshop, for the join page (no secrets). */
export const WorkshopSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  language: Language,
});
export type WorkshopSummary = Static<typeof WorkshopSummary>;

export const JoinCodeLookupReply = WorkshopSummary;

export const ErrorReply = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

/** Normalise what a person typed from the projector: case, spaces and dashes do not matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH;
}
