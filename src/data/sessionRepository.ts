import { normalizeGuid } from "./guid";
import { InvalidRequestError } from "./loadError";
import { isValidLogicalName } from "./logicalName";
import { nextPageOptions } from "./sessionQuery";
import { SESSION_TABLE, SUBJECT_MAX_LENGTH, SessionColumn } from "./sessionSchema";

export interface SessionPage {
  /** Raw rows as the Web API returned them; the mapper turns them into sessions. */
  rows: unknown[];
  nextLink: string | null;
}

/** A saved record that sessions can regard. */
export interface RegardingRecord {
  id: string;
  entityType: string;
  name: string;
}

export interface NewSessionRequest {
  regarding: RegardingRecord;
  subject: string;
  /** The maker's override; null uses regardingobjectid_<table>_msdyn_ocsession. */
  navigationProperty: string | null;
}

/** Every Web API call the control makes goes through here; components never see webAPI. */
export interface SessionRepository {
  fetchFirstPage(options: string, pageSize: number): Promise<SessionPage>;
  fetchNextPage(nextLink: string, pageSize: number): Promise<SessionPage>;
  /** Creates a session regarding the record and resolves its id. */
  createSession(request: NewSessionRequest): Promise<string>;
}

/** The part of the PCF context the repository needs, read fresh for every call. */
export interface WebApiHost {
  webAPI: ComponentFramework.WebApi;
  utils: ComponentFramework.Utility;
}

export function defaultRegardingNavigationProperty(entityType: string): string {
  return `regardingobjectid_${entityType}_${SESSION_TABLE}`;
}

async function entitySetName(host: WebApiHost, entityType: string): Promise<string> {
  const metadata = await host.utils.getEntityMetadata(entityType);
  const setName: unknown = metadata?.EntitySetName;
  if (typeof setName !== "string" || !isValidLogicalName(setName)) {
    throw new InvalidRequestError(`No entity set name for ${entityType}`);
  }
  return setName;
}

function toPage(response: ComponentFramework.WebApi.RetrieveMultipleResponse): SessionPage {
  const rows = Array.isArray(response?.entities) ? (response.entities as unknown[]) : [];
  const nextLink = typeof response?.nextLink === "string" && response.nextLink !== "" ? response.nextLink : null;
  return { rows, nextLink };
}

export function createWebApiSessionRepository(getHost: () => WebApiHost): SessionRepository {
  return {
    async fetchFirstPage(options, pageSize) {
      return toPage(await getHost().webAPI.retrieveMultipleRecords(SESSION_TABLE, options, pageSize));
    },

    async fetchNextPage(nextLink, pageSize) {
      const options = nextPageOptions(nextLink);
      if (options === null) throw new InvalidRequestError("The next page link has no query");
      return toPage(await getHost().webAPI.retrieveMultipleRecords(SESSION_TABLE, options, pageSize));
    },

    async createSession({ regarding, subject, navigationProperty }) {
      const id = normalizeGuid(regarding.id);
      if (id === null || !isValidLogicalName(regarding.entityType)) {
        throw new InvalidRequestError("The record to start a session for is not valid");
      }
      const host = getHost();
      const setName = await entitySetName(host, regarding.entityType);
      const navigation = navigationProperty ?? defaultRegardingNavigationProperty(regarding.entityType);
      const created = await host.webAPI.createRecord(SESSION_TABLE, {
        [SessionColumn.subject]: subject.slice(0, SUBJECT_MAX_LENGTH),
        [`${navigation}@odata.bind`]: `/${setName}(${id})`,
      });
      const createdId = normalizeGuid(created?.id);
      if (createdId === null) throw new InvalidRequestError("The new session has no id");
      return createdId;
    },
  };
}
