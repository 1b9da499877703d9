import type { CreatedRange, SessionListRequest, SessionScope, StatusChoice } from "../model";
import { normalizeGuid } from "./guid";
import { SELECTED_COLUMNS, SessionColumn, StateCode } from "./sessionSchema";

const ALL_STATES: readonly number[] = [StateCode.open, StateCode.completed, StateCode.canceled, StateCode.scheduled];
const SCOPE_STATES: Record<SessionScope, readonly number[]> = {
  all: ALL_STATES,
  open: [StateCode.open, StateCode.scheduled],
  closed: [StateCode.completed, StateCode.canceled],
};
const STATUS_STATES: Record<StatusChoice, readonly number[]> = {
  all: ALL_STATES,
  active: [StateCode.open],
  closed: [StateCode.completed, StateCode.canceled],
};

/** A subject never holds more than 200 characters, so a longer search can match nothing more. */
const SEARCH_MAX_LENGTH = 200;
const MAX_CHANNELS = 50;

// Newest first; activityid breaks ties so that paging is stable. Not msdyn_sessioncreatedon: only Omnichannel fills
// it, and nulls sort last in descending order, so a session an agent just started by hand would sink to the end.
const ORDER_BY = `${SessionColumn.createdOn} desc,${SessionColumn.id} desc`;

/** Whether a query must name these states: it need not when they are every state a session can be in. */
export function narrowsStates(states: readonly number[]): boolean {
  return states.length < ALL_STATES.length;
}

/** Whether the status chip's query finds a session in this state: as the query, no chip narrower than All, no condition. */
export function statusCovers(status: StatusChoice, stateCode: number | null): boolean {
  const states = STATUS_STATES[status];
  return !narrowsStates(states) || (stateCode !== null && states.includes(stateCode));
}

/** The states the maker's scope and the agent's status chip both allow, in a fixed order. */
export function allowedStates(scope: SessionScope, status: StatusChoice): number[] {
  return SCOPE_STATES[scope].filter((state) => STATUS_STATES[status].includes(state));
}

function anyOf(column: string, values: readonly number[]): string {
  const terms = values.map((value) => `${column} eq ${value}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(" or ")})`;
}

/** Channel values that can go into a query: whole, non-negative, each once, in order; too many is refused. */
function usableChannels(channels: readonly unknown[]): number[] | null {
  const usable = [...new Set(channels.filter((value): value is number => Number.isSafeInteger(value) && (value as number) >= 0))].sort((a, b) => a - b);
  return usable.length <= MAX_CHANNELS ? usable : null;
}

// Control characters, and halves of a character that lost its other half (no URL can carry them): in a `u` regex a
// surrogate (Cs) matches only alone, as a pair reads as the one character it makes.
// eslint-disable-next-line no-control-regex
const UNSEARCHABLE = /[\0-\x1f\x7f\p{Cs}]/gu;

/** The search as the agent meant it: trimmed, without unsearchable characters, at most a subject long. */
export function normalizeSearch(search: string): string {
  return search.replace(UNSEARCHABLE, "").trim().slice(0, SEARCH_MAX_LENGTH).replace(UNSEARCHABLE, "");
}

/**
 * A text for startswith(): quotes doubled as OData string literals require; %, _ and [ bracketed, because Dataverse
 * treats them as LIKE wildcards in string functions; then percent-encoded, because the platform puts the options into
 * the URL as they are (a raw % or & would break the request).
 */
export function startsWithLiteral(search: string): string {
  const literal = search.replace(/'/g, "''").replace(/[[%_]/g, (wildcard) => `[${wildcard}]`);
  return encodeURIComponent(literal);
}

/**
 * `createdon` within the range as OData DateTimeOffset literals (UTC, unquoted); none without a range, null when the
 * range is not a usable span of time.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
 */
function createdRangeConditions(range: CreatedRange | null | undefined): string[] | null {
  if (range === null || range === undefined) return [];
  const [from, to] = [range.from.getTime(), range.to.getTime()];
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) return null;
  return [`${SessionColumn.createdOn} ge ${range.from.toISOString()}`, `${SessionColumn.createdOn} lt ${range.to.toISOString()}`];
}

/**
 * The retrieveMultipleRecords options for a list request, or null when it can match nothing or is not safe to send
 * (the id is not a GUID, the scope and status exclude each other, the channels or the created range are unusable).
 */
export function buildSessionQuery(request: SessionListRequest): string | null {
  const id = normalizeGuid(request.regardingId);
  const states = allowedStates(request.scope, request.filters.status);
  const channels = usableChannels(request.filters.channels);
  if (id === null || states.length === 0 || channels === null) return null;
  const conditions = [`${SessionColumn.regarding} eq ${id}`];
  if (narrowsStates(states)) conditions.push(anyOf(SessionColumn.stateCode, states));
  if (channels.length > 0) conditions.push(anyOf(SessionColumn.channel, channels));
  const search = normalizeSearch(request.filters.search);
  if (search !== "") conditions.push(`startswith(${SessionColumn.subject},'${startsWithLiteral(search)}')`);
  const created = createdRangeConditions(request.createdRange);
  if (created === null) return null;
  conditions.push(...created);
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
