import { entitySetName } from "./metadata.js";

export const WEB_API_BASE = "/api/data/v9.2/";

/**
 * How context.webAPI rejects. Documented: `errorCode` ("the error code as a positive decimal number", e.g. 0x80040333 →
 * 2147746611) and `message` — https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/retrievemultiplerecords
 * and the PCF webAPI reference. Not documented, but read by public model-driven scripts: `code`, the same number
 * (compared as `error.code == "2147746336"`). Neither the documentation, the typings (@types/xrm ErrorCallbackObject:
 * errorCode, message) nor any public code found exposes the HTTP status or response headers, so `Retry-After` never
 * reaches a control: the emulator sends it, and this adapter drops it like the platform does.
 */
export interface WebApiError {
  errorCode: number;
  message: string;
  code?: number;
}

/**
 * The model-driven client's wording when it is offline, as a PCF control's retrieveMultipleRecords reported it
 * (https://github.com/MicrosoftDocs/powerapps-docs/issues/857). No public source gives its error code, so it carries
 * 0 ("no code"): a control must recognise it by its message.
 */
export const OFFLINE_MESSAGE = "UciError: This operation failed because you're offline. Reconnect and try again.";

/** Set by the emulator's network fault (workbench/server/dataverse/knobs/networkFault.ts) to choose the wording. */
const NETWORK_WORDING_HEADER = "X-Workbench-Network-Wording";

/**
 * The user's UI language for the emulator (workbench/server/dataverse/optionSets/userLanguage.ts). Dataverse reads it from the
 * user's settings on the server and answers formatted values (choice labels) in it; the workbench has no users, so
 * the host page tells it on every request. Not part of what the control sees: context.webAPI stays the same.
 */
const USER_LANGUAGE_HEADER = "X-Workbench-User-Language";

/**
 * The user's time zone for the emulator (workbench/server/dataverse/query/userTimeZone.ts): Dataverse groups dates
 * (FetchXML `dategrouping`) and compares date-only conditions (`on-or-after`) in the time zone of the user's settings.
 * The host page's user settings use the browser's zone (`getTimeZoneOffsetMinutes`), so it sends that zone's IANA name.
 */
const USER_TIME_ZONE_HEADER = "X-Workbench-User-Time-Zone";

function timeZoneHeader(): Record<string, string> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === "string" && zone !== "" ? { [USER_TIME_ZONE_HEADER]: zone } : {};
}

const GUID_IN_PARENTHESES = /\(([0-9a-fA-F-]{36})\)\s*$/;

export function errorCodeOf(hexCode: string | undefined, status: number): number {
  if (hexCode && /^0x[0-9a-f]+$/i.test(hexCode)) return parseInt(hexCode.slice(2), 16);
  return status;
}

/** A response whose whole body has arrived. */
interface Answer {
  response: Response;
  text: string;
}

type DataverseErrorBody = { error?: { code?: string; message?: string } };

function parseErrorBody(text: string): DataverseErrorBody | undefined {
  try {
    return JSON.parse(text) as DataverseErrorBody;
  } catch {
    return undefined;
  }
}

/**
 * A Dataverse error body gives the code; an answer without one (503/504 from in front of the service) has none, and
 * the workbench then puts the HTTP status as errorCode — a stand-in: what the platform reports there is not known.
 */
function errorFromAnswer({ response, text }: Answer): WebApiError {
  const body = parseErrorBody(text);
  const errorCode = errorCodeOf(body?.error?.code, response.status);
  return { errorCode, message: body?.error?.message ?? `HTTP ${response.status} ${response.statusText}`, code: errorCode };
}

function networkError(error: unknown, response: Response | undefined): WebApiError {
  if (response?.headers.get(NETWORK_WORDING_HEADER) === "offline") return { errorCode: 0, message: OFFLINE_MESSAGE };
  return { errorCode: 0, message: `The network request failed: ${error instanceof Error ? error.message : String(error)}` };
}

function queryString(options: string | undefined): string {
  if (!options) return "";
  return options.startsWith("?") ? options : `?${options}`;
}

function preferHeader(maxPageSize: number | undefined): string {
  const preferences = ['odata.include-annotations="*"'];
  if (maxPageSize !== undefined) preferences.push(`odata.maxpagesize=${maxPageSize}`);
  return preferences.join(",");
}

async function send(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
  let answer: Answer;
  let response: Response | undefined;
  try {
    response = await fetch(WEB_API_BASE + path, {
      method,
      headers: {
        Accept: "application/json",
        "OData-MaxVersion": "4.0",
        "OData-Version": "4.0",
        ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A connection that drops after the answer started fails while the body is read, not in fetch itself.
    answer = { response, text: await response.text() };
  } catch (error) {
    throw networkError(error, response);
  }
  if (!answer.response.ok) throw errorFromAnswer(answer);
  return answer;
}

function idFromEntityIdHeader(response: Response): string {
  const header = response.headers.get("OData-EntityId") ?? "";
  const match = GUID_IN_PARENTHESES.exec(header);
  if (!match) throw { errorCode: 0, message: `No record id in OData-EntityId "${header}"` } satisfies WebApiError;
  return match[1];
}

function recordPath(entityType: string, id: string): string {
  return `${entitySetName(entityType)}(${id.replace(/[{}]/g, "")})`;
}

/** The stand-in for the user's language setting, sent to the emulator with every request that answers labels. */
export function languageHeader(languageId: number | undefined): Record<string, string> {
  return languageId === undefined ? {} : { [USER_LANGUAGE_HEADER]: String(languageId) };
}

/**
 * context.webAPI: a thin fetch adapter to the emulated Dataverse Web API with the platform's contract.
 * `userLanguageId` reads the user's language (an LCID) at each request; undefined leaves the emulator on the base language.
 */
export function createWebApi(userLanguageId: () => number | undefined = () => undefined): ComponentFramework.WebApi {
  const asUser = (headers: Record<string, string> = {}): Record<string, string> => ({ ...headers, ...languageHeader(userLanguageId()), ...timeZoneHeader() });
  return {
    async retrieveMultipleRecords(entityType, options, maxPageSize) {
      const { text } = await send("GET", entitySetName(entityType) + queryString(options), asUser({ Prefer: preferHeader(maxPageSize) }));
      const body = JSON.parse(text) as { value: ComponentFramework.WebApi.Entity[]; "@odata.nextLink"?: string };
      return { entities: body.value, nextLink: body["@odata.nextLink"] as string };
    },
    async retrieveRecord(entityType, id, options) {
      const { text } = await send("GET", recordPath(entityType, id) + queryString(options), asUser({ Prefer: preferHeader(undefined) }));
      return JSON.parse(text) as ComponentFramework.WebApi.Entity;
    },
    async createRecord(entityType, data) {
      const { response } = await send("POST", entitySetName(entityType), asUser(), data);
      return { entityType, id: idFromEntityIdHeader(response) };
    },
    async updateRecord(entityType, id, data) {
      await send("PATCH", recordPath(entityType, id), asUser(), data);
      return { entityType, id };
    },
    async deleteRecord(entityType, id) {
      await send("DELETE", recordPath(entityType, id), asUser());
      return { entityType, id };
    },
  };
}
