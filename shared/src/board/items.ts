import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { LIMITS } from '../limits.js';
import { PHASE_IDS } from '../phases.js';
import { ROLES } from '../roles.js';
import { literalUnion } from '../schema.js';

/**
 * Board item schemas. Every item is a `Y.Map` in the board doc's `items` map;
 * these validators decide what the client renders and the server exports.
 * An item that fails them is skipped and counted, never a crash.
 */

export const PhaseSchema = literalUnion(PHASE_IDS);
export const RoleSchema = literalUnion(ROLES);

/** Palette of sticky-note colours (light enough for dark text at 4.5:1). */
export const NOTE_COLORS = ['yellow', 'pink', 'green', 'blue', 'orange', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

const finite = Type.Number({ minimum: -1e7, maximum: 1e7 });
const size = Type.Number({ minimum: 0, maximum: 1e6 });
const text = Type.String({ maxLength: LIMITS.itemTextLength });

/**
 * Version of the item schemas. Items written before versions existed carry no
 * `v` and count as version 1; a later change bumps this and adds a named
 * migration, and readers keep accepting the old shape until it is migrated.
 */
export const BOARD_ITEM_VERSION = 1 as const;

const BaseFields = {
  x: finite,
  y: finite,
  w: size,
  h: size,
  phase: PhaseSchema,
  /** Milliseconds since the epoch, set by whoever created the item. */
  createdAt: Type.Optional(Type.Number()),
  /** participantId of the author; absent on anonymous items. */
  author: Type.Optional(Type.String({ maxLength: 64 })),
  authorRole: Type.Optional(RoleSchema),
  anonymous: Type.Optional(Type.Boolean()),
  /** Stacking order; higher is in front. */
  z: Type.Optional(Type.Number()),
  /** The breakout group the item was made in (CONTRACT.md, breakout groups); a group frame's own group. */
  group: Type.Optional(Type.String({ maxLength: 64 })),
  /** Schema version the item was written with (BOARD_ITEM_VERSION); absent means 1. */
  v: Type.Optional(Type.Literal(BOARD_ITEM_VERSION)),
};

export const NoteItemSchema = Type.Object({
  type: Type.Literal('note'),
  ...BaseFields,
  text,
  color: literalUnion(NOTE_COLORS),
});

export const TextItemSchema = Type.Object({ type: Type.Literal('text'), ...BaseFields, text });

export const ShapeItemSchema = Type.Object({
  type: Type.Literal('shape'),
  ...BaseFields,
  shape: literalUnion(['rectangle', 'ellipse', 'diamond'] as const),
  text: Type.Optional(text),
});

export const ConnectorItemSchema = Type.Object({
  type: Type.Literal('connector'),
  ...BaseFields,
  from: Type.String({ maxLength: 64 }),
  to: Type.String({ maxLength: 64 }),
});

export const FrameItemSchema = Type.Object({
  type: Type.Literal('frame'),
  ...BaseFields,
  title: Type.String({ maxLength: LIMITS.titleLength }),
});

export const DrawingItemSchema = Type.Object({
  type: Type.Literal('drawing'),
  ...BaseFields,
  points: Type.Array(Type.Number(), { maxItems: 20_000 }),
});

/** Text alternative of an image, characters. */
export const IMAGE_ALT_LENGTH = 500;

/**
 * A picture (say, a photo of a paper flipchart) uploaded to the workshop. The
 * bytes live on the server, served only to members at
 * `/api/workshops/:id/images/:imageId`; the item holds only the id and a text
 * alternative for screen readers and the case file.
 */
export const ImageItemSchema = Type.Object({
  type: Type.Literal('image'),
  ...BaseFields,
  imageId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
  alt: Type.String({ maxLength: IMAGE_ALT_LENGTH }),
});

/** A calendar date, `YYYY-MM-DD`, or '' when none was given. */
const dateOrEmpty = Type.String({ pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', maxLength: 10 });
const shortText = Type.String({ maxLength: LIMITS.cardFieldLength });

/**
 * Produce phase: "who does what, with which resources, by when". `owner` is a
 * role or an organisation, not a person's account (there are none).
 */
export const ActionCardItemSchema = Type.Object({
  type: Type.Literal('action'),
  ...BaseFields,
  text,
  owner: shortText,
  resources: shortText,
  dueDate: dateOrEmpty,
});

/** The three levels of effect a co-produced service is measured on. */
export const INDICATOR_KINDS = ['output', 'outcome', 'impact'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Produce phase: an impact indicator with its baseline (nullpunktsmåling) and target. */
export const IndicatorItemSchema = Type.Object({
  type: Type.Literal('indicator'),
  ...BaseFields,
  kind: literalUnion(INDICATOR_KINDS),
  text,
  baseline: shortText,
  target: shortText,
  measure: shortText,
});

/** Most options a poll card offers. */
export const POLL_MAX_OPTIONS = 8;

/**
 * A poll card: one question with 2–8 options. People vote on its options
 * through the ordinary vote rules (`startVote {pollId}`, ballot ids
 * `<pollId>:<optionIndex>`), so tallies stay hidden until the vote closes.
 * Not in `BoardItemSchema` yet: the kinds table (issue 17) registers it.
 */
export const PollItemSchema = Type.Object({
  type: Type.Literal('poll'),
  ...BaseFields,
  question: Type.String({ maxLength: LIMITS.titleLength }),
  options: Type.Array(Type.String({ maxLength: LIMITS.cardFieldLength }), {
    minItems: 2,
    maxItems: POLL_MAX_OPTIONS,
  }),
});
export type PollItem = Static<typeof PollItemSchema>;

export const BoardItemSchema = Type.Union([
  NoteItemSchema,
  TextItemSchema,
  ShapeItemSchema,
  ConnectorItemSchema,
  FrameItemSchema,
  DrawingItemSchema,
  ActionCardItemSchema,
  IndicatorItemSchema,
  ImageItemSchema,
]);

export type NoteItem = Static<typeof NoteItemSchema>;
export type TextItem = Static<typeof TextItemSchema>;
export type ShapeItem = Static<typeof ShapeItemSchema>;
export type ShapeKind = ShapeItem['shape'];
export type ConnectorItem = Static<typeof ConnectorItemSchema>;
export type DrawingItem = Static<typeof DrawingItemSchema>;
export type ImageItem = Static<typeof ImageItemSchema>;
export type FrameItem = Static<typeof FrameItemSchema>;
export type ActionCardItem = Static<typeof ActionCardItemSchema>;
export type IndicatorItem = Static<typeof IndicatorItemSchema>;
export type BoardItem = Static<typeof BoardItemSchema>;
export type BoardItemType = BoardItem['type'];

/**
 * Validate one item as read from the document (`yMap.toJSON()`).
 * Returns the item, or `null` when it is malformed (the caller skips it).
 */
export function parseBoardItem(raw: unknown): BoardItem | null {
  return Value.Check(BoardItemSchema, raw) ? (raw as BoardItem) : null;
}
