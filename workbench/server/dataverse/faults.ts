import { DataverseError } from "./errors";
import { WORKBENCH_USER } from "./sampleCatalog";

export type FaultStatus = 403 | 404 | 429 | 500;

export type Fault = { kind: "status"; status: FaultStatus; retryAfterSeconds?: number } | { kind: "network" };

const FAULT_STATUSES: readonly number[] = [403, 404, 429, 500];
const DEFAULT_RETRY_AFTER_SECONDS = 5;
const READ_PRIVILEGE_ID = "6b8e2f4a-1d3c-4e5f-8a9b-0c1d2e3f4a51";

/** Checks a `/_workbench/next-fault` body; returns null when it is not a fault this emulator can inject. */
export function parseFault(body: unknown): Fault | null {
  if (body === null || typeof body !== "object") return null;
  const candidate = body as Record<string, unknown>;
  if (candidate.kind === "network") return { kind: "network" };
  if (candidate.kind !== "status" || typeof candidate.status !== "number" || !FAULT_STATUSES.includes(candidate.status)) return null;
  const retryAfter = candidate.retryAfterSeconds;
  if (retryAfter !== undefined && (typeof retryAfter !== "number" || !Number.isInteger(retryAfter) || retryAfter < 0)) return null;
  return { kind: "status", status: candidate.status as FaultStatus, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}) };
}

/** The Dataverse error a status fault answers with. */
export function faultError(fault: Fault & { kind: "status" }, method: string): DataverseError {
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
  }
}
