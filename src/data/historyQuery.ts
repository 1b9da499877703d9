import type { HistoryDayCount, SessionScope } from "../model";
import { DAY } from "../durations";
import { aggregateQuery, groupBy, mapAggregateRows, wholeNumber } from "./countQuery";

/** "2026-09-07": a calendar day (counted from 1 January 1970) as FetchXML's date-only value. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const DATE_PARTS = ["year", "month", "day"] as const;

/**
 * One aggregate FetchXML query: the record's sessions created on or after `firstDay`, counted per calendar day and
 * channel, within the maker's scope (as the counts query does). `createdon`, not `msdyn_sessioncreatedon`: a session
 * made by hand has none.
 * - `dategrouping` year, month and day ("day" is the day of the month, so year and month tell days apart) with
 *   `usertimezone` left at its default, true: grouped in the user's time zone
 *   (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute).
 *   Not `dategrouping="week"`: how it numbers weeks is not documented, so the control buckets days into weeks itself.
 * - `on-or-after` compares the date alone, in the user's time zone, as the grouping does
 *   (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators).
 * Null when the id is not a GUID.
 */
export function buildHistoryQuery(regardingId: string, scope: SessionScope, firstDay: number): string | null {
  if (!Number.isSafeInteger(firstDay)) return null;
  const dates = DATE_PARTS.map((part) => groupBy("createdon", part, ` dategrouping="${part}"`)).join("");
  return aggregateQuery(regardingId, scope, dates, `<condition attribute="createdon" operator="on-or-after" value="${isoDay(firstDay)}"/>`);
}

/** The calendar day of a year, month and day, or null when they name no real day (31 February, month 13). */
function calendarDay([year, month, day]: (number | null)[]): number | null {
  if (year === null || month === null || day === null) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() / DAY : null;
}

/** The aggregate's rows as day counts: a row without a usable date or count is left out; a row without a channel counts under none. */
export function mapHistoryRows(rows: readonly unknown[]): HistoryDayCount[] {
  return mapAggregateRows(rows, 1, (row, counted) => {
    const day = calendarDay(DATE_PARTS.map((part) => wholeNumber(row[part])));
    return day === null ? null : { day, ...counted };
  });
}
