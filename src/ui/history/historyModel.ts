import type { HistoryDayCount } from "../../model";
import type { Formatter } from "../../platform/formatting";
import { joinParts } from "../../platform/strings";
import type { Strings } from "../../platform/strings";

/** How many channels get a colour of their own; the rest share "Other", whose colour is this number. */
export const OTHER = 3;

/** One entry of the legend: a channel of its own (colour 0 … OTHER - 1) or "Other" (colour OTHER). */
export interface HistorySeries {
  label: string;
  colour: number;
}

export interface HistoryWeek {
  startDay: number;
  total: number;
  /** Sessions by colour (index 0 … OTHER). */
  counts: number[];
}

export interface HistoryChartModel {
  /** The legend: the channels with their own colour, most sessions first, then "Other" when it holds any. */
  series: HistorySeries[];
  weeks: HistoryWeek[];
  /** The busiest week's total (the bars' full height); 0 when the window holds no session. */
  max: number;
}

/**
 * The day counts of the aggregate as weekly bars. Dataverse groups by the user's calendar days (`dategrouping`
 * day/month/year with `usertimezone`); the control makes weeks of them itself, because how `dategrouping="week"`
 * numbers weeks (and on which day they start) is not documented. Days outside the weeks are left out. The OTHER
 * channels with most sessions in the window keep their own colour, labelled by `labelOf` (the platform's label of the
 * aggregate, if any); every other channel, and sessions without a channel, count as "Other".
 */
export function buildChartModel(
  days: readonly HistoryDayCount[],
  weekStarts: readonly number[],
  otherLabel: string,
  labelOf: (channel: number, platformLabel: string | null) => string,
): HistoryChartModel {
  const weeks: HistoryWeek[] = weekStarts.map((startDay) => ({ startDay, total: 0, counts: [0, 0, 0, 0] }));
  // The week a day falls in; undefined outside the window.
  const weekOf = (day: number) => weeks[Math.floor((day - weekStarts[0]) / 7)];
  const shown = days.filter(({ day }) => weekOf(day) !== undefined);
  const totals = new Map<number, number>();
  for (const { channel, count } of shown) {
    if (channel !== null) totals.set(channel, (totals.get(channel) ?? 0) + count);
  }
  const own = [...totals].sort(([channelA, a], [channelB, b]) => b - a || channelA - channelB).slice(0, OTHER);
  for (const { day, channel, count } of shown) {
    const week = weekOf(day);
    const colour = own.findIndex(([ownChannel]) => ownChannel === channel);
    week.counts[colour < 0 ? OTHER : colour] += count;
    week.total += count;
  }
  // Labelled by the platform's label on the channel's first row, if any.
  const platformLabel = (channel: number) => shown.find((row) => row.channel === channel)?.channelLabel ?? null;
  const series = own.map(([channel], colour) => ({ label: labelOf(channel, platformLabel(channel)), colour }));
  if (weeks.some((week) => week.counts[OTHER] > 0)) series.push({ label: otherLabel, colour: OTHER });
  return { series, weeks, max: Math.max(0, ...weeks.map((week) => week.total)) };
}

/** "11/3/2026": a calendar day in the user's date format. */
export function dayDate(day: number, formatter: Formatter): string {
  return formatter.date(formatter.startOfDay(day));
}

/** "Week of 11/3/2026": the week's first day in the user's date format. */
export function weekTitle(startDay: number, strings: Strings, formatter: Formatter): string {
  return strings.format("History_WeekOf", dayDate(startDay, formatter));
}

/** "Week of 11/3/2026: 5 sessions — 3 Voice, 2 Live chat", or without the breakdown when the week has none. */
export function describeWeek({ startDay, total, counts }: HistoryWeek, series: readonly HistorySeries[], strings: Strings, formatter: Formatter): string {
  const date = dayDate(startDay, formatter);
  const sessions = strings.plural("History_Sessions", total, formatter.integer(total));
  if (total === 0) return strings.format("History_WeekName", date, sessions);
  // Most sessions first, "Other" last (ranked below any count); the list joined by the language's own pattern.
  const rank = ({ colour }: HistorySeries) => (colour === OTHER ? -1 : counts[colour]);
  const breakdown = [...series]
    .sort((a, b) => rank(b) - rank(a))
    .filter(({ colour }) => counts[colour] > 0)
    .map(({ label, colour }) => strings.format("History_ChannelCount", formatter.integer(counts[colour]), label));
  return strings.format("History_WeekNameBreakdown", date, sessions, joinParts(strings, breakdown, "History_ListJoin"));
}
