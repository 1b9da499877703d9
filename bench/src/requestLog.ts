import type { LoggedRequest } from "../../workbench/driver/emulator";

/** The control's table: every request the control makes for sessions goes to this entity set. */
export const SESSIONS_PATH = "/api/data/v9.2/msdyn_ocsessions";

function pathOf(url: string): string {
  return url.split("?")[0];
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Requests for sessions of any kind: list pages, counts, creates. */
export function sessionRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((entry) => {
    const path = pathOf(entry.url);
    return path === SESSIONS_PATH || path.startsWith(`${SESSIONS_PATH}/`) || path.startsWith(`${SESSIONS_PATH}(`);
  });
}

/** A count rather than a page of rows: OData $apply or /$count, or FetchXML with aggregate="true". */
export function isAggregateRequest(entry: LoggedRequest): boolean {
  const url = decoded(entry.url);
  return pathOf(url).endsWith("/$count") || /[?&]\$apply=/.test(url) || /aggregate\s*=\s*["']true["']/i.test(url);
}

/** Pages of session rows: GETs of the entity set that are not counts. */
export function listRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return sessionRequests(log).filter((entry) => entry.method === "GET" && pathOf(entry.url) === SESSIONS_PATH && !isAggregateRequest(entry));
}

/** The history chart's query: a FetchXML aggregate grouped by date parts. */
export function historyRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return sessionRequests(log).filter((entry) => /dategrouping\s*=/.test(decoded(entry.url)));
}
