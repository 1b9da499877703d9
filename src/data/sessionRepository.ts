import type { HistoryDayCount, RegardingRecord, SessionCounts, SessionListRequest, SessionPage, SessionScope } from "../model";
import { buildCountQuery, mapCountGroups } from "./countQuery";
import { normalizeGuid } from "./guid";
import { buildHistoryQuery, mapHistoryRows } from "./historyQuery";
import { InvalidRequestError } from "./loadError";
import { isValidLogicalName } from "./logicalName";
import type { Translate } from "./sessionMapper";
import { mapSessions } from "./sessionMapper";
import { buildSessionQuery, nextPageOptions } from "./sessionQuery";
import { SESSION_TABLE, SUBJECT_MAX_LENGTH, SessionColumn } from "./sessionSchema";

export interface NewSessionRequest {
  regarding: RegardingRecord;
  subject: string;
  /** The maker's override; null uses regardingobjectid_<table>_msdyn_ocsession. */
  navigationProperty: string | null;
  /** The id the new session gets, chosen by the control so an answer lost on the way can be looked up. */
  sessionId: string;
}

/** Runs a read that may be retried; the create itself is never passed through it. */
export type RetryingRead = <T>(read: () => Promise<T>) => Promise<T>;

/**
 * The boundary to the platform: typed requests in, sessions and counts out. OData strings, FetchXML and raw rows never
 * leave src/data; every Web API call the control makes goes through here.
 */
export interface SessionRepository {
  /**
   * The first page, and the cursor after it. A larger `rowCount` than the page size reads again the rows loaded: one
   * request while they fit in one of Dataverse's pages (5,000 rows), the next pages after it otherwise.
   */
  fetchFirstPage(request: SessionListRequest, rowCount?: number): Promise<SessionPage>;
  fetchNextPage(request: SessionListRequest, cursor: string): Promise<SessionPage>;
  /** The record's sessions counted by state and channel, within the maker's scope (one aggregate query). */
  fetchCounts(regardingId: string, scope: SessionScope): Promise<SessionCounts>;
  /** The record's sessions created on or after `firstDay` (a user's calendar day), counted per day and channel (one aggregate query). */
  fetchHistory(regardingId: string, scope: SessionScope, firstDay: number): Promise<HistoryDayCount[]>;
  /** Whether a session with this id exists (after a create whose answer was lost). */
  sessionExists(sessionId: string): Promise<boolean>;
  /**
   * Creates a session regarding the record and resolves its id. Before anything is sent it fails with
   * InvalidRequestError (unusable input) or, from the retried metadata read, LoadFailure or CancelledError; any other
   * rejection is createRecord's own.
   */
  createSession(request: NewSessionRequest, retryRead: RetryingRead): Promise<string>;
}

/** The part of the PCF context the repository needs, read fresh for every call. */
export interface WebApiHost {
  webAPI: ComponentFramework.WebApi;
  utils: ComponentFramework.Utility;
}

/**
 * The most rows one page may hold: "you can specify a max page size up to 5,000"; larger ones are ignored
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).
 */
const MAX_PAGE_ROWS = 5000;

export function defaultRegardingNavigationProperty(entityType: string): string {
  return `regardingobjectid_${entityType}_${SESSION_TABLE}`;
}

async function entitySetName(host: WebApiHost, entityType: string): Promise<string> {
  const metadata = await host.utils.getEntityMetadata(entityType);
  const setName: unknown = metadata?.EntitySetName;
  if (typeof setName !== "string" || !isValidLogicalName(setName)) {
    throw new InvalidRequestError();
  }
  return setName;
}

function rowsOf(response: ComponentFramework.WebApi.RetrieveMultipleResponse): unknown[] {
  return Array.isArray(response?.entities) ? (response.entities as unknown[]) : [];
}

function cursorOf(response: ComponentFramework.WebApi.RetrieveMultipleResponse): string | null {
  const link: unknown = response?.nextLink;
  return typeof link === "string" && nextPageOptions(link) !== null ? link : null;
}

export function createWebApiSessionRepository(getHost: () => WebApiHost, translate: Translate): SessionRepository {
  const toPage = (response: ComponentFramework.WebApi.RetrieveMultipleResponse): SessionPage => ({
    sessions: mapSessions(rowsOf(response), translate),
    cursor: cursorOf(response),
  });
  /** Sessions by query options the control built; options it could not build (null) are refused, nothing sent. */
  const retrieve = (options: string | null, maxPageSize?: number) => {
    if (options === null) throw new InvalidRequestError();
    return getHost().webAPI.retrieveMultipleRecords(SESSION_TABLE, options, maxPageSize);
  };

  return {
    async fetchFirstPage(request, rowCount = request.pageSize) {
      const options = buildSessionQuery(request);
      // A request that can match nothing (scope and status exclude each other) costs no call.
      if (options === null) return { sessions: [], cursor: null };
      let asked = Math.min(rowCount, MAX_PAGE_ROWS);
      let page = toPage(await retrieve(options, asked));
      const sessions = [...page.sessions];
      while (asked < rowCount && page.cursor !== null) {
        const next = nextPageOptions(page.cursor);
        if (next === null) break;
        const size = Math.min(rowCount - asked, MAX_PAGE_ROWS);
        asked += size;
        page = toPage(await retrieve(next, size));
        sessions.push(...page.sessions);
      }
      return { sessions, cursor: page.cursor };
    },

    async fetchNextPage(request, cursor) {
      return toPage(await retrieve(nextPageOptions(cursor), request.pageSize));
    },

    async fetchCounts(regardingId, scope) {
      return { groups: mapCountGroups(rowsOf(await retrieve(buildCountQuery(regardingId, scope)))) };
    },

    async fetchHistory(regardingId, scope, firstDay) {
      return mapHistoryRows(rowsOf(await retrieve(buildHistoryQuery(regardingId, scope, firstDay))));
    },

    async sessionExists(sessionId) {
      const id = normalizeGuid(sessionId);
      if (id === null) return false;
      return rowsOf(await retrieve(`?$select=${SessionColumn.id}&$filter=${SessionColumn.id} eq ${id}`, 1)).length > 0;
    },

    async createSession({ regarding, subject, navigationProperty, sessionId }, retryRead) {
      const id = normalizeGuid(regarding.id);
      const newId = normalizeGuid(sessionId);
      if (id === null || newId === null || !isValidLogicalName(regarding.entityType)) {
        throw new InvalidRequestError();
      }
      const host = getHost();
      const setName = await retryRead(() => entitySetName(host, regarding.entityType));
      const navigation = navigationProperty ?? defaultRegardingNavigationProperty(regarding.entityType);
      const created = await host.webAPI.createRecord(SESSION_TABLE, {
        [SessionColumn.id]: newId,
        [SessionColumn.subject]: subject.slice(0, SUBJECT_MAX_LENGTH),
        [`${navigation}@odata.bind`]: `/${setName}(${id})`,
      });
      // createRecord may answer the id braced or in upper case; ours is what was asked for.
      return normalizeGuid(created?.id) ?? newId;
    },
  };
}

