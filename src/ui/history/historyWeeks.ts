import type { HistoryDayCount } from "../../model";

/** How many weeks the chart shows, the current one last. */
export const WEEKS_SHOWN = 13;

/** A count per channel key (see channelKey) within one week. */
export interface WeekBucket {
  /** The user's calendar day the week starts on (days counted from 1 January 1970). */
  startDay: number;
  total: number;
  byChannel: Map<string, ChannelCount>;
}

export interface ChannelCount {
  channel: number | null;
  label: string | null;
  count: number;
}

/** The day of the week of a calendar day: 0 Sunday … 6 Saturday (1 January 1970 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week `day` falls in, for weeks that start on `firstDayOfWeek`. */
export function weekStartOf(day: number, firstDayOfWeek: number): number {
  return day - ((weekdayOf(day) - firstDayOfWeek + 7) % 7);
}

/** The first days of the WEEKS_SHOWN weeks that end with the one holding `today`, oldest first. */
export function windowWeekStarts(today: number, firstDayOfWeek: number): number[] {
  const current = weekStartOf(today, firstDayOfWeek);
  return Array.from({ length: WEEKS_SHOWN }, (_, index) => current - (WEEKS_SHOWN - 1 - index) * 7);
}

/** Channels are told apart by value; sessions without one share a key. */
export function channelKey(channel: number | null): string {
  return channel === null ? "none" : String(channel);
}

/**
 * The day counts of the aggregate, summed into the window's weeks. Dataverse groups by the user's calendar days
 * (`dategrouping` day/month/year with `usertimezone`); the control makes weeks of them itself, because how
 * `dategrouping="week"` numbers weeks (and on which day they start) is not documented. Days outside the window are
 * left out.
 */
export function bucketByWeek(days: readonly HistoryDayCount[], weekStarts: readonly number[]): WeekBucket[] {
  const buckets: WeekBucket[] = weekStarts.map((startDay) => ({ startDay, total: 0, byChannel: new Map() }));
  const firstDay = weekStarts[0];
  for (const { day, channel, channelLabel, count } of days) {
    const index = Math.floor((day - firstDay) / 7);
    if (index < 0 || index >= buckets.length) continue;
    const bucket = buckets[index];
    const key = channelKey(channel);
    const known = bucket.byChannel.get(key);
    if (known) known.count += count;
    else bucket.byChannel.set(key, { channel, label: channelLabel, count });
    bucket.total += count;
  }
  return buckets;
}
