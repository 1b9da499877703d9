import type { SessionCountGroup, SessionScope } from "../model";
import { normalizeGuid } from "./guid";
import { allowedStates, narrowsStates } from "./sessionQuery";
import { FORMATTED_VALUE_SUFFIX, SESSION_TABLE } from "./sessionSchema";
import { nonBlankText } from "./textInput";

/** The aliases the aggregate answers with; each is a property of every row it returns. */
const COUNT_ALIAS = { count: "sessions", stateCode: "state", sessionState: "sessionstate", channel: "channel" } as const;

/** The FetchXML condition that keeps a query within the maker's "Sessions to show"; empty when the scope is every state. */
export function scopeCondition(scope: SessionScope): string {
  const states = allowedStates(scope, "all");
  return narrowsStates(states) ? `<condition attribute="statecode" operator="in">${states.map((state) => `<value>${state}</value>`).join("")}</condition>` : "";
}

/**
 * One aggregate FetchXML query that counts the record's sessions by statecode, msdyn_state and msdyn_channel, within
 * the maker's scope. retrieveMultipleRecords documents `?fetchXml=` among its options
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/webapi/retrievemultiplerecords);
 * aggregation: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data.
 * Null when the id is not a GUID.
 */
export function buildCountQuery(regardingId: string, scope: SessionScope): string | null {
  const id = normalizeGuid(regardingId);
  if (id === null) return null;
  const stateCondition = scopeCondition(scope);
  const fetch =
    `<fetch aggregate="true"><entity name="${SESSION_TABLE}">` +
    `<attribute name="activityid" alias="${COUNT_ALIAS.count}" aggregate="count"/>` +
    `<attribute name="statecode" alias="${COUNT_ALIAS.stateCode}" groupby="true"/>` +
    `<attribute name="msdyn_state" alias="${COUNT_ALIAS.sessionState}" groupby="true"/>` +
    `<attribute name="msdyn_channel" alias="${COUNT_ALIAS.channel}" groupby="true"/>` +
    `<filter><condition attribute="regardingobjectid" operator="eq" value="${id}"/>${stateCondition}</filter>` +
    `</entity></fetch>`;
  return `?fetchXml=${encodeURIComponent(fetch)}`;
}

function wholeNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : null;
}

/** The aggregate's rows as count groups; rows that are not counts are left out, whatever else they hold. */
export function mapCountGroups(rows: readonly unknown[]): SessionCountGroup[] {
  const groups: SessionCountGroup[] = [];
  for (const raw of rows) {
    if (typeof raw !== "object" || raw === null) continue;
    const row = raw as Record<string, unknown>;
    const count = wholeNumber(row[COUNT_ALIAS.count]);
    if (count === null || count < 0) continue;
    groups.push({
      stateCode: wholeNumber(row[COUNT_ALIAS.stateCode]),
      sessionState: wholeNumber(row[COUNT_ALIAS.sessionState]),
      channel: wholeNumber(row[COUNT_ALIAS.channel]),
      channelLabel: nonBlankText(row[COUNT_ALIAS.channel + FORMATTED_VALUE_SUFFIX]),
      count,
    });
  }
  return groups;
}
