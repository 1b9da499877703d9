import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import type { WeekBucket } from "./historyWeeks";

/** How many channels get a colour of their own; the rest share "Other". */
export const OWN_COLOURS = 3;

/** One stack of the bars: a channel of its own (colour 0 … OWN_COLOURS - 1) or "Other" (colour OWN_COLOURS). */
export interface HistorySeries {
  label: string;
  colour: number;
}

export interface HistorySegment {
  series: HistorySeries;
  count: number;
}

export interface HistoryWeek {
  startDay: number;
  total: number;
  /** In the legend's order; series without sessions that week are left out. */
  segments: HistorySegment[];
}

export interface HistoryChartModel {
  /** The legend: the channels with their own colour, most sessions first, then "Other" when it holds any. */
  series: HistorySeries[];
  weeks: HistoryWeek[];
  /** The busiest week's total (the bars' full height); 0 when the window holds no session. */
  max: number;
}

/**
 * The chart's bars from the weekly buckets: the OWN_COLOURS channels with most sessions in the window keep their
 * own colour, labelled by `labelOf`; every other channel, and sessions without a channel, count as "Other".
 */
export function buildChartModel(
  buckets: readonly WeekBucket[],
  otherLabel: string,
  labelOf: (channel: number, platformLabel: string | null) => string,
): HistoryChartModel {
  const totals = new Map<string, { channel: number; label: string | null; count: number }>();
  for (const bucket of buckets) {
    for (const [key, { channel, label, count }] of bucket.byChannel) {
      if (channel === null) continue;
      const total = totals.get(key);
      if (total) total.count += count;
      else totals.set(key, { channel, label, count });
    }
  }
  const ranked = [...totals.entries()].sort(([keyA, a], [keyB, b]) => b.count - a.count || keyA.localeCompare(keyB)).slice(0, OWN_COLOURS);
  const own = new Map<string, HistorySeries>(ranked.map(([key, { channel, label }], colour) => [key, { label: labelOf(channel, label), colour }]));
  const other: HistorySeries = { label: otherLabel, colour: OWN_COLOURS };
  const weeks = buckets.map((bucket) => {
    const counts = new Map<HistorySeries, number>();
    for (const [key, { count }] of bucket.byChannel) {
      const series = own.get(key) ?? other;
      counts.set(series, (counts.get(series) ?? 0) + count);
    }
    const segments = [...counts].map(([series, count]) => ({ series, count })).sort((a, b) => a.series.colour - b.series.colour);
    return { startDay: bucket.startDay, total: bucket.total, segments };
  });
  const usesOther = weeks.some((week) => week.segments.some((segment) => segment.series === other));
  return {
    series: [...own.values(), ...(usesOther ? [other] : [])],
    weeks,
    max: Math.max(0, ...weeks.map((week) => week.total)),
  };
}

/** "Week of 11/3/2026": the week's first day in the user's date format. */
export function weekTitle(startDay: number, strings: Strings, formatter: Formatter): string {
  return strings.format("History_WeekOf", formatter.date(formatter.startOfDay(startDay)));
}

/** "Week of 11/3/2026: 5 sessions — 3 Voice, 2 Live chat", or without the breakdown when the week has none. */
export function describeWeek(week: HistoryWeek, strings: Strings, formatter: Formatter): string {
  const date = formatter.date(formatter.startOfDay(week.startDay));
  const total = strings.plural("History_Sessions", week.total, formatter.integer(week.total));
  if (week.segments.length === 0) return strings.format("History_WeekName", date, total);
  // Most sessions first, "Other" last; the list joined by the language's own pattern.
  const breakdown = [...week.segments]
    .sort((a, b) => Number(a.series.colour === OWN_COLOURS) - Number(b.series.colour === OWN_COLOURS) || b.count - a.count)
    .map((segment) => strings.format("History_ChannelCount", formatter.integer(segment.count), segment.series.label))
    .reduce((list, item) => strings.format("History_ListJoin", list, item));
  return strings.format("History_WeekNameBreakdown", date, total, breakdown);
}
