import type { SessionCountGroup, SessionScope } from "../model";
import { normalizeGuid } from "./guid";
import { readNumber } from "./numberInput";
import { allowedStates, narrowsStates } from "./sessionQuery";
import { FORMATTED_VALUE_SUFFIX, SESSION_TABLE } from "./sessionSchema";
import { nonBlankText } from "./textInput";

/** The FetchXML condition that keeps a query within the maker's "Sessions to show"; empty when the scope is every state. */
export function scopeCondition(scope: SessionScope): string {
  const states = allowedStates(scope, "all");
  return narrowsStates(states) ? `<condition attribute="statecode" operator="in">${states.map((state) => `<value>${state}</value>`).join("")}</condition>` : "";
}

/** A grouping of an aggregate: the attribute, the alias its value answers under, and any further FetchXML attributes. */
export function groupBy(attribute: string, alias: string, more = ""): string {
  return `<attribute name="${attribute}" alias="${alias}" groupby="true"${more}/>`;
}

/**
 * One aggregate FetchXML query over the record's sessions within the maker's scope: their count (alias `sessions`) per
 * `groupings` and channel (alias `channel`, as mapAggregateRows reads it), with any further `conditions`.
 * retrieveMultipleRecords documents `?fetchXml=` among its options
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/webapi/retrievemultiplerecords);
 * aggregation: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data.
 * Null when the id is not a GUID.
 */
export function aggregateQuery(regardingId: string, scope: SessionScope, groupings: string, conditions = ""): string | null {
  const id = normalizeGuid(regardingId);
  if (id === null) return null;
  const fetch =
    `<fetch aggregate="true"><entity name="${SESSION_TABLE}"><attribute name="activityid" alias="sessions" aggregate="count"/>${groupings}${groupBy("msdyn_channel", "channel")}` +
    `<filter><condition attribute="regardingobjectid" operator="eq" value="${id}"/>${conditions}${scopeCondition(scope)}</filter></entity></fetch>`;
  return `?fetchXml=${encodeURIComponent(fetch)}`;
}

/** The record's sessions counted by statecode, msdyn_state and msdyn_channel, within the maker's scope. */
export function buildCountQuery(regardingId: string, scope: SessionScope): string | null {
  return aggregateQuery(regardingId, scope, groupBy("statecode", "state") + groupBy("msdyn_state", "sessionstate"));
}

/** A whole number, also when the platform sent it as text ("2026"). */
export function wholeNumber(value: unknown): number | null {
  const number = readNumber(value);
  return number !== undefined && Number.isSafeInteger(number) ? number : null;
}

/** What every row of an aggregate holds: its count, and the channel with the label the platform sent for it. */
export interface AggregateCount {
  count: number;
  channel: number | null;
  channelLabel: string | null;
}

/**
 * The rows of an aggregate that hold a count (a whole number of at least `least`), each made into what `map` makes of
 * it and its count and channel; other rows, and rows `map` makes null of, are left out.
 */
export function mapAggregateRows<T>(rows: readonly unknown[], least: number, map: (row: Record<string, unknown>, counted: AggregateCount) => T | null): T[] {
  const mapped: T[] = [];
  for (const raw of rows) {
    if (typeof raw !== "object" || raw === null) continue;
    const row = raw as Record<string, unknown>;
    const count = wholeNumber(row.sessions);
    const item = count === null || count < least ? null : map(row, { count, channel: wholeNumber(row.channel), channelLabel: nonBlankText(row["channel" + FORMATTED_VALUE_SUFFIX]) });
    if (item !== null) mapped.push(item);
  }
  return mapped;
}

/** The aggregate's rows as count groups; rows that are not counts are left out, whatever else they hold. */
export function mapCountGroups(rows: readonly unknown[]): SessionCountGroup[] {
  return mapAggregateRows(rows, 0, (row, counted) => ({ stateCode: wholeNumber(row.state), sessionState: wholeNumber(row.sessionstate), ...counted }));
}
