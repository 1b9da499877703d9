import type { HistoryDayCount, SessionScope } from "../model";
import { DAY } from "../durations";
import { normalizeGuid } from "./guid";
import { scopeCondition } from "./countQuery";
import { FORMATTED_VALUE_SUFFIX, SESSION_TABLE, SessionColumn } from "./sessionSchema";

/** The aliases the history aggregate answers with. */
const HISTORY_ALIAS = { count: "sessions", year: "year", month: "month", day: "day", channel: "channel" } as const;

/** "2026-09-07": a calendar day (counted from 1 January 1970) as FetchXML's date-only value. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

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
 * - Aggregation: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data.
 * Null when the id is not a GUID.
 */
export function buildHistoryQuery(regardingId: string, scope: SessionScope, firstDay: number): string | null {
  const id = normalizeGuid(regardingId);
  if (id === null || !Number.isSafeInteger(firstDay)) return null;
  const datePart = (part: "year" | "month" | "day") =>
    `<attribute name="${SessionColumn.createdOn}" alias="${HISTORY_ALIAS[part]}" groupby="true" dategrouping="${part}"/>`;
  const fetch =
    `<fetch aggregate="true"><entity name="${SESSION_TABLE}">` +
    `<attribute name="${SessionColumn.id}" alias="${HISTORY_ALIAS.count}" aggregate="count"/>` +
    datePart("year") +
    datePart("month") +
    datePart("day") +
    `<attribute name="${SessionColumn.channel}" alias="${HISTORY_ALIAS.channel}" groupby="true"/>` +
    `<filter><condition attribute="regardingobjectid" operator="eq" value="${id}"/>` +
    `<condition attribute="${SessionColumn.createdOn}" operator="on-or-after" value="${isoDay(firstDay)}"/>` +
    `${scopeCondition(scope)}</filter>` +
    `</entity></fetch>`;
  return `?fetchXml=${encodeURIComponent(fetch)}`;
}

/** A whole number, also when the platform sent it as text ("2026"). */
function wholeNumber(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null;
}

/** The calendar day of a year, month and day, or null when they name no real day (31 February, month 13). */
function calendarDay(year: number | null, month: number | null, day: number | null): number | null {
  if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time / DAY : null;
}

/** The aggregate's rows as day counts: a row without a usable date or count is left out; a row without a channel counts under none. */
export function mapHistoryRows(rows: readonly unknown[]): HistoryDayCount[] {
  const days: HistoryDayCount[] = [];
  for (const raw of rows) {
    if (typeof raw !== "object" || raw === null) continue;
    const row = raw as Record<string, unknown>;
    const count = wholeNumber(row[HISTORY_ALIAS.count]);
    const day = calendarDay(wholeNumber(row[HISTORY_ALIAS.year]), wholeNumber(row[HISTORY_ALIAS.month]), wholeNumber(row[HISTORY_ALIAS.day]));
    if (count === null || count <= 0 || day === null) continue;
    const label: unknown = row[HISTORY_ALIAS.channel + FORMATTED_VALUE_SUFFIX];
    days.push({
      day,
      channel: wholeNumber(row[HISTORY_ALIAS.channel]),
      channelLabel: typeof label === "string" && label.trim() !== "" ? label : null,
      count,
    });
  }
  return days;
}
