import { DataverseError } from "../errors";
import { WORKBENCH_USER } from "../seed/sampleCatalog";

export type FaultStatus = 403 | 404 | 429 | 500 | 503 | 504;

/**
 * How a dropped connection reaches the control through the host page's `webAPI`: as the browser's own fetch failure,
 * or worded like the model-driven client when it is offline (see workbench/client/context/webApi.ts).
 */
export type NetworkWording = "browser" | "offline";

/** A fault without its count: what happens to one request. */
export type FaultKind =
  | { kind: "status"; status: FaultStatus; retryAfterSeconds?: number }
  | { kind: "network"; wording: NetworkWording }
  | { kind: "slow"; delayMs: number };

/** A fault armed for the next `times` API requests. */
export type Fault = FaultKind & { times: number };

const FAULT_STATUSES: readonly number[] = [403, 404, 429, 500, 503, 504];
const DEFAULT_RETRY_AFTER_SECONDS = 5;
export const MAX_FAULT_TIMES = 100;
export const MAX_SLOW_DELAY_MS = 30_000;
const READ_PRIVILEGE_ID = "6b8e2f4a-1d3c-4e5f-8a9b-0c1d2e3f4a51";

/** Checks a `/_workbench/next-fault` body; returns null when it is not a fault this emulator can inject. */
export function parseFault(body: unknown): Fault | null {
  if (body === null || typeof body !== "object") return null;
  const candidate = body as Record<string, unknown>;
  const times = candidate.times ?? 1;
  if (!isIntegerIn(times, 1, MAX_FAULT_TIMES)) return null;
  const kind = parseFaultKind(candidate);
  return kind ? { ...kind, times: times as number } : null;
}

function parseFaultKind(candidate: Record<string, unknown>): FaultKind | null {
  switch (candidate.kind) {
    case "network": {
      const wording = candidate.wording ?? "browser";
      return wording === "browser" || wording === "offline" ? { kind: "network", wording } : null;
    }
    case "slow":
      return isIntegerIn(candidate.delayMs, 1, MAX_SLOW_DELAY_MS) ? { kind: "slow", delayMs: candidate.delayMs as number } : null;
    case "status": {
      if (typeof candidate.status !== "number" || !FAULT_STATUSES.includes(candidate.status)) return null;
      const retryAfter = candidate.retryAfterSeconds;
      if (retryAfter !== undefined && !isIntegerIn(retryAfter, 0, 3600)) return null;
      return { kind: "status", status: candidate.status as FaultStatus, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter as number } : {}) };
    }
    default:
      return null;
  }
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The answer a status fault gives. Dataverse answers 403, 404, 429 and 500 with its JSON error body; 429 always with
 * `Retry-After` in seconds ("Retry-After header … the duration to wait", service protection limits:
 * https://learn.microsoft.com/power-apps/developer/data-platform/api-limits). 503 and 504 come from the
 * infrastructure in front of the service (no Dataverse body, so plain text), with `Retry-After` only when armed with one.
 */
export function faultError(fault: FaultKind & { kind: "status" }, method: string): DataverseError {
  switch (fault.status) {
    case 403: {
      const privilege = `prv${method === "POST" ? "Create" : "Read"}msdyn_ocsession`;
      return new DataverseError(
        403,
        "0x80040220",
        `Principal user (Id=${WORKBENCH_USER.id}, type=8, roleCount=1, privilegeCount=412, accessMode=0), is missing ${privilege} privilege (Id=${READ_PRIVILEGE_ID}) on OTC=10712 for entity 'msdyn_ocsession'. context.Caller=${WORKBENCH_USER.id}`,
      );
    }
    case 404:
      return new DataverseError(404, "0x80040217", "The requested record was not found or you do not have sufficient permissions to view it.");
    case 429: {
      const seconds = fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      return new DataverseError(429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.", {
        "Retry-After": String(seconds),
      });
    }
    case 500:
      return new DataverseError(500, "0x80040216", "An unexpected error occurred.");
    case 503:
    case 504:
      return infrastructureError(fault.status, fault.retryAfterSeconds);
  }
}

const INFRASTRUCTURE_TEXT: Readonly<Record<503 | 504, string>> = { 503: "Service Unavailable", 504: "Gateway Timeout" };

function infrastructureError(status: 503 | 504, retryAfterSeconds: number | undefined): DataverseError {
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
  return new DataverseError(status, "", INFRASTRUCTURE_TEXT[status], headers, { plainText: true });
}
