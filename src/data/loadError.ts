import type { LoadError, LoadErrorKind } from "../model";
import { readNumber } from "./numberInput";

// Dataverse error codes, compared unsigned because the platform reports them signed or unsigned.
// 0x80040220: missing privilege (prvRead…); 0x80048306: privilege check failed.
const FORBIDDEN_CODES = new Set([0x80040220, 0x80048306]);
// 0x80040217: the record does not exist.
const NOT_FOUND_CODES = new Set([0x80040217]);
// Service protection limits: requests, execution time, concurrency
// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits). HTTP 429 where a host passes the status.
const THROTTLED_CODES = new Set([0x80072322, 0x80072321, 0x80072326, 429]);
// A host without a Dataverse code passes the HTTP status: 503 Service Unavailable and 504 Gateway Timeout are transient.
const UNAVAILABLE_CODES = new Set([503, 504]);

const NETWORK_MESSAGES = /failed to fetch|networkerror|network request failed|load failed|err_internet_disconnected/i;
// An offline client rejects with "UciError: This operation failed because you're offline…"
// (https://github.com/MicrosoftDocs/powerapps-docs/issues/857): it names no error code, so only its words tell it.
const OFFLINE_MESSAGES = /you(?:'|’| a)re offline|uci ?error\b.*\boffline/i;

const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

function readMessage(error: unknown): string {
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string") return message;
  }
  return "";
}

function readErrorCode(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("errorCode" in error)) return undefined;
  const code = (error as { errorCode: unknown }).errorCode;
  // 0 is what hosts put when there was no server answer at all; it is no Dataverse code.
  return typeof code === "number" && Number.isFinite(code) && code !== 0 ? code >>> 0 : undefined;
}

/** Seconds, as HTTP's Retry-After gives them, to milliseconds; anything else is no hint. */
function secondsToMs(value: unknown): number | undefined {
  const seconds = readNumber(value);
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
}

/**
 * Dataverse answers 429 with a Retry-After header (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits),
 * but the documented context.webAPI / Xrm.WebApi rejection carries only errorCode and message (plus `code` in practice),
 * no status and no headers (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/retrievemultiplerecords).
 * So the retry policy backs off on its own timer; should a host ever pass the hint on, as `retryAfter` (seconds) or
 * the answer's headers, it is read here and nowhere else.
 */
function readRetryAfterMs(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { retryAfter, headers } = error as { retryAfter?: unknown; headers?: unknown };
  const direct = secondsToMs(retryAfter);
  if (direct !== undefined) return direct;
  if (typeof headers !== "object" || headers === null) return undefined;
  const read = (headers as { get?: unknown }).get;
  const header = typeof read === "function" ? (read as (name: string) => unknown).call(headers, "Retry-After") : (headers as Record<string, unknown>)["Retry-After"] ?? (headers as Record<string, unknown>)["retry-after"];
  return secondsToMs(header);
}

function classify(errorCode: number | undefined, message: string): LoadErrorKind {
  if (errorCode !== undefined && FORBIDDEN_CODES.has(errorCode)) return "forbidden";
  if (errorCode !== undefined && NOT_FOUND_CODES.has(errorCode)) return "notFound";
  if (errorCode !== undefined && THROTTLED_CODES.has(errorCode)) return "throttled";
  if (errorCode !== undefined && UNAVAILABLE_CODES.has(errorCode)) return "unavailable";
  if (OFFLINE_MESSAGES.test(message)) return "offline";
  // Hosts wrap a failed fetch in their own error object, sometimes with a code of 0: the message tells.
  return NETWORK_MESSAGES.test(message) ? "network" : "unknown";
}

/**
 * A request the control refused to send because its own input was unusable. It carries no message: none would be
 * shown (toLoadError words every failure from the resx), and the text would only weigh on the bundle.
 */
export class InvalidRequestError extends Error {}

/** Turns whatever a platform call rejected with into an error the UI can render. Never throws. */
export function toLoadError(error: unknown, isOffline = false): LoadError {
  if (error instanceof InvalidRequestError) return { kind: isOffline ? "offline" : "unknown", message: "" };
  const message = readMessage(error).trim();
  const errorCode = readErrorCode(error);
  const retryAfterMs = readRetryAfterMs(error);
  const kind = isOffline ? "offline" : classify(errorCode, message);
  return {
    kind,
    message,
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
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
