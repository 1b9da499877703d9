import type { SessionStateFilter } from "../settings";
import { normalizeGuid } from "./guid";
import { SELECTED_COLUMNS, SessionColumn, StateCode } from "./sessionSchema";

const STATE_FILTERS: Record<SessionStateFilter, string | null> = {
  all: null,
  open: `(${SessionColumn.stateCode} eq ${StateCode.open} or ${SessionColumn.stateCode} eq ${StateCode.scheduled})`,
  closed: `(${SessionColumn.stateCode} eq ${StateCode.completed} or ${SessionColumn.stateCode} eq ${StateCode.canceled})`,
};

// Newest first; activityid breaks ties so that paging is stable. Not msdyn_sessioncreatedon: only Omnichannel fills
// it, and nulls sort last in descending order, so a session an agent just started by hand would sink to the end.
const ORDER_BY = `${SessionColumn.createdOn} desc,${SessionColumn.id} desc`;

/**
 * The retrieveMultipleRecords options for the sessions regarding one record, or null when the id is
 * not a GUID (then no query is made at all).
 */
export function buildSessionQuery(recordId: string, stateFilter: SessionStateFilter): string | null {
  const id = normalizeGuid(recordId);
  if (id === null) return null;
  const conditions = [`${SessionColumn.regarding} eq ${id}`];
  const stateCondition = STATE_FILTERS[stateFilter];
  if (stateCondition !== null) conditions.push(stateCondition);
  return `?$select=${SELECTED_COLUMNS.join(",")}&$filter=${conditions.join(" and ")}&$orderby=${ORDER_BY}`;
}

/**
 * The options for the page a nextLink points at: its query part from "?", unchanged and still encoded,
 * as the platform expects. Null when the link has no query (then there is nothing to follow).
 */
export function nextPageOptions(nextLink: string): string | null {
  const queryStart = nextLink.indexOf("?");
  return queryStart < 0 ? null : nextLink.slice(queryStart);
}
