import type { SeriesMeetup, SeriesReflection } from '@moteplass/shared';

export interface SeriesRound extends SeriesReflection {
  meetupIndex: number;
}

/** Every closed reflection round of the series, oldest first, with its meetup's number. */
export function roundsOf(meetups: readonly SeriesMeetup[]): SeriesRound[] {
  return meetups
    .flatMap((meetup) => meetup.reflections.map((r) => ({ ...r, meetupIndex: meetup.index })))
    .sort((a, b) => a.closedAt - b.closedAt);
}
