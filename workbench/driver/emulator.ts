import type { LoggedRequest } from "../server/dataverse";
import { waitUntil } from "./hostPage";
import type { RunningWorkbench } from "./workbench";

export type { LoggedRequest };

async function control(workbench: RunningWorkbench, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(new URL(`/_workbench/${path}`, workbench.url), {
    method,
    ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} /_workbench/${path}: HTTP ${response.status}`);
  return response;
}

export async function resetEmulator(workbench: RunningWorkbench): Promise<void> {
  await control(workbench, "POST", "reset");
}

export async function clearRequestLog(workbench: RunningWorkbench): Promise<void> {
  await control(workbench, "DELETE", "requests");
}

export async function requestLog(workbench: RunningWorkbench): Promise<LoggedRequest[]> {
  return (await (await control(workbench, "GET", "requests")).json()) as LoggedRequest[];
}

/** The FetchXML aggregates (the counts, the history) among the logged requests. */
export function aggregateRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((request) => request.url.includes("/msdyn_ocsessions?fetchXml="));
}

/**
 * Waits until the emulator has received `count` FetchXML aggregates (the counts, the history) since its log was last
 * cleared. A form load asks for them only after the list's rows have painted, so a test that counts the requests of
 * what it does next waits for them first.
 */
export async function waitForAggregateRequests(workbench: RunningWorkbench, count = 2): Promise<void> {
  await waitUntil(
    async () => aggregateRequests(await requestLog(workbench)).length,
    (received) => received >= count,
  );
}

/** A read straight from the emulated Web API, to compute what the page should show; `headers` such as Prefer or the user's language. */
export async function queryApi<T>(workbench: RunningWorkbench, pathAndQuery: string, headers: Record<string, string> = {}): Promise<T[]> {
  const response = await fetch(new URL(`/api/data/v9.2/${pathAndQuery}`, workbench.url), { headers: { Accept: "application/json", ...headers } });
  if (!response.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${response.status}`);
  return ((await response.json()) as { value: T[] }).value;
}

/** A fault the emulator can arm for the next `times` API requests (default 1); see docs/workbench.md. */
export type EmulatorFault = (
  | { kind: "status"; status: 403 | 404 | 429 | 500 | 503 | 504; retryAfterSeconds?: number }
  | { kind: "network"; wording?: "browser" | "offline" }
  | { kind: "slow"; delayMs: number }
) & { times?: number };

/** Arms a fault for the next API requests, replacing any armed one. */
export async function armFault(workbench: RunningWorkbench, fault: EmulatorFault): Promise<void> {
  await control(workbench, "POST", "next-fault", fault);
}

/** e.g. `armStatusFault(workbench, 429, { times: 3, retryAfterSeconds: 1 })`: three throttled answers in a row. */
export function armStatusFault(workbench: RunningWorkbench, status: 403 | 404 | 429 | 500 | 503 | 504, options: { times?: number; retryAfterSeconds?: number } = {}): Promise<void> {
  return armFault(workbench, { kind: "status", status, ...options });
}

/** A dropped connection; `wording: "offline"` makes the host's webAPI reject with the platform's offline UciError. */
export function armNetworkFault(workbench: RunningWorkbench, options: { wording?: "browser" | "offline"; times?: number } = {}): Promise<void> {
  return armFault(workbench, { kind: "network", ...options });
}

/** The next request(s) answer only after `delayMs`, so a request sent later is answered first. */
export function armSlowAnswer(workbench: RunningWorkbench, delayMs: number, times = 1): Promise<void> {
  return armFault(workbench, { kind: "slow", delayMs, times });
}

/** Aggregates over more than `records` rows fail with AggregateQueryRecordLimit exceeded (0x8004E023); null restores 50,000. */
export async function setAggregateRecordLimit(workbench: RunningWorkbench, records: number | null): Promise<void> {
  await control(workbench, "PUT", "aggregate-limit", { records });
}

export async function disarmFault(workbench: RunningWorkbench): Promise<void> {
  await control(workbench, "DELETE", "next-fault");
}

/** The fault still armed (with how many requests it has left), or null. */
export async function armedFault(workbench: RunningWorkbench): Promise<(EmulatorFault & { times: number }) | null> {
  return ((await (await control(workbench, "GET", "state")).json()) as { nextFault: (EmulatorFault & { times: number }) | null }).nextFault;
}
