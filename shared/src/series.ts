import { Type, type Static } from '@sinclair/typebox';
import { INDICATOR_KINDS } from './board/items.js';
import { IndicatorStatusSchema, IsoDateSchema } from './control/impact.js';
import { ReflectionFieldSchema } from './control/reflection.js';
import { literalUnion } from './schema.js';

/**
 * A series: the meetups of one case (issue 18). The series id is the first
 * meetup's id; each later meetup is created with `seriesOf` + `seriesKey` and
 * carries the case over (docs/series.md).
 */

export const SERIES_LIMITS = {
  /** Meetups one series may hold. */
  maxMeetups: 100,
} as const;

const Id = Type.String({ minLength: 1, maxLength: 64 });

export const SeriesReflectionSchema = Type.Object({
  roundId: Id,
  closedAt: Type.Number(),
  fields: Type.Array(ReflectionFieldSchema),
  /** Field id → mean rating. */
  means: Type.Record(Type.String(), Type.Number()),
  /** How many answered. */
  n: Type.Integer({ minimum: 0 }),
});
export type SeriesReflection = Static<typeof SeriesReflectionSchema>;

export const SeriesMeetupSchema = Type.Object({
  id: Id,
  title: Type.String(),
  createdAt: Type.Number(),
  /** 1 for the first meetup; gaps stay when a meetup is deleted. */
  index: Type.Integer({ minimum: 1 }),
  reflections: Type.Array(SeriesReflectionSchema),
});
export type SeriesMeetup = Static<typeof SeriesMeetupSchema>;

export const SeriesMeasurementSchema = Type.Object({
  id: Id,
  value: Type.Number(),
  date: IsoDateSchema,
  note: Type.String(),
  /** The meetup it was recorded at (null when that is no longer known). */
  meetupId: Type.Union([Id, Type.Null()]),
});
export type SeriesMeasurement = Static<typeof SeriesMeasurementSchema>;

export const SeriesIndicatorSchema = Type.Object({
  id: Id,
  text: Type.String(),
  kind: literalUnion(INDICATOR_KINDS),
  baseline: Type.String(),
  target: Type.String(),
  /** Indicator v2 fields (being added by the kinds work); absent on older cards. */
  dataSource: Type.Optional(Type.String()),
  measuredBy: Type.Optional(Type.String()),
  schedule: Type.Optional(Type.String()),
  measurements: Type.Array(SeriesMeasurementSchema),
  status: IndicatorStatusSchema,
});
export type SeriesIndicator = Static<typeof SeriesIndicatorSchema>;

export const SeriesActionSchema = Type.Object({
  id: Id,
  text: Type.String(),
  owner: Type.String(),
  /** `YYYY-MM-DD` or '' when none. */
  dueDate: Type.String(),
  /** The card's status where the card has one (kinds work); absent otherwise. */
  status: Type.Optional(Type.String()),
  /** The latest meetup whose board holds the card. */
  meetupId: Id,
});
export type SeriesAction = Static<typeof SeriesActionSchema>;

/** `GET /api/workshops/:id/series` (facilitator token of any meetup in the series). */
export const SeriesReply = Type.Object({
  seriesId: Id,
  /** Oldest first. */
  meetups: Type.Array(SeriesMeetupSchema),
  /** From the latest meetup's board, with every measurement recorded in the series. */
  indicators: Type.Array(SeriesIndicatorSchema),
  actions: Type.Array(SeriesActionSchema),
});
export type SeriesReply = Static<typeof SeriesReply>;

export const SERIES_EXPORT_FORMATS = ['pdf', 'csv', 'json'] as const;
export type SeriesExportFormat = (typeof SERIES_EXPORT_FORMATS)[number];
