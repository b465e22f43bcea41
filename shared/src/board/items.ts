import type { Static } from '@sinclair/typebox';
import type {
  ActionCardItemSchema,
  ConnectorItemSchema,
  DrawingItemSchema,
  FrameItemSchema,
  ImageItemSchema,
  IndicatorItemSchema,
  NoteItemSchema,
  PollItemSchema,
  ShapeItemSchema,
  TextItemSchema,
} from '../kinds/index.js';

/**
 * Board item schemas, kept under their old names: each kind now lives in its
 * own folder of the kinds table (`shared/src/kinds/<kind>/`), and the item
 * union is built from that table. New code imports from `kinds/`.
 */
export {
  ActionCardItemSchema,
  BoardItemSchema,
  ConnectorItemSchema,
  DrawingItemSchema,
  FrameItemSchema,
  IMAGE_ALT_LENGTH,
  INDICATOR_KINDS,
  ImageItemSchema,
  IndicatorItemSchema,
  NOTE_COLORS,
  NoteItemSchema,
  POLL_MAX_OPTIONS,
  PhaseSchema,
  PollItemSchema,
  RoleSchema,
  ShapeItemSchema,
  TextItemSchema,
  parseBoardItem,
  type BoardItem,
  type BoardItemType,
  type IndicatorKind,
  type NoteColor,
} from '../kinds/index.js';

/**
 * The version every kind started at; items without `v` have it. Kinds move
 * on one by one (an indicator is at 2): a writer stamps `KIND_VERSIONS[type]`,
 * and this stays 1 for the writers of kinds that have not changed.
 */
export const BOARD_ITEM_VERSION = 1 as const;

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
export type PollItem = Static<typeof PollItemSchema>;
