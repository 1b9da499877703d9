import type { LoadError, LoadErrorKind } from "../model";
import { readNumber } from "./numberInput";

// Dataverse error codes, compared unsigned because the platform reports them signed or unsigned.
const KIND_OF_CODE = new Map<number | undefined, LoadErrorKind>([
  // Missing privilege (prvRead…), privilege check failed.
  [0x80040220, "forbidden"],
  [0x80048306, "forbidden"],
  // The record does not exist.
  [0x80040217, "notFound"],
  // Service protection limits: requests, execution time, concurrency
  // (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits). HTTP 429 where a host passes the status.
  [0x80072322, "throttled"],
  [0x80072321, "throttled"],
  [0x80072326, "throttled"],
  [429, "throttled"],
  // A host without a Dataverse code passes the HTTP status: 503 Service Unavailable and 504 Gateway Timeout are transient.
  [503, "unavailable"],
  [504, "unavailable"],
]);

const NETWORK_MESSAGES = /failed to fetch|networkerror|network request failed|load failed|err_internet_disconnected/i;
// An offline client rejects with "UciError: This operation failed because you're offline…"
// (https://github.com/MicrosoftDocs/powerapps-docs/issues/857): it names no error code, so only its words tell it.
const OFFLINE_MESSAGES = /you(?:'|’| a)re offline|uci ?error\b.*\boffline/i;

const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** What a platform call may reject with: an Error, the platform's { errorCode, message } object, or anything else. */
type Rejection = { message?: unknown; errorCode?: unknown; retryAfter?: unknown } | null;

/**
 * Dataverse answers 429 with a Retry-After header (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits),
 * but the documented context.webAPI / Xrm.WebApi rejection carries only errorCode and message (plus `code` in practice),
 * no status and no headers (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/retrievemultiplerecords).
 * So the retry policy backs off on its own timer; should a host ever pass the hint on as `retryAfter` (seconds), it
 * is read here and nowhere else. Anything but a number of seconds (or text that reads as one) is no hint.
 */
function retryAfterMs(seconds: number | undefined): number | undefined {
  return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

function classify(errorCode: number | undefined, message: string): LoadErrorKind {
  // Hosts wrap a failed fetch in their own error object, sometimes with a code of 0: the message tells.
  return KIND_OF_CODE.get(errorCode) ?? (OFFLINE_MESSAGES.test(message) ? "offline" : NETWORK_MESSAGES.test(message) ? "network" : "unknown");
}

/**
 * A request the control refused to send because its own input was unusable. It carries no message: none would be
 * shown (toLoadError words every failure from the resx), and the text would only weigh on the bundle.
 */
export class InvalidRequestError extends Error {}

/** Turns whatever a platform call rejected with into an error the UI can render. Never throws. */
export function toLoadError(error: unknown, isOffline = false): LoadError {
  if (error instanceof InvalidRequestError) return { kind: isOffline ? "offline" : "unknown", message: "" };
  const rejection = (typeof error === "object" ? error : null) as Rejection;
  const text = typeof error === "string" ? error : rejection?.message;
  const message = typeof text === "string" ? text.trim() : "";
  const code = rejection?.errorCode;
  // 0 is what hosts put when there was no server answer at all; it is no Dataverse code.
  const errorCode = typeof code === "number" && Number.isFinite(code) && code !== 0 ? code >>> 0 : undefined;
  const retryAfter = retryAfterMs(readNumber(rejection?.retryAfter));
  return {
    kind: isOffline ? "offline" : classify(errorCode, message),
    message,
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
  };
}

/**
 * Whether a request that failed so may have been carried out all the same, its answer rather than the request being
 * lost: the connection broke (network), a gateway gave up waiting (503, 504), or the failure carries no Dataverse code
 * (no server answer is known). A failure with a code, or a request the client would not send (offline), is a refusal.
 */
export function answerMayHaveBeenLost(error: LoadError): boolean {
  return error.kind === "network" || error.kind === "unavailable" || (error.kind === "unknown" && error.errorCode === undefined);
}
