/** The emulator's control endpoints (/_workbench/*): latency, armed faults, reset. See docs/workbench.md. */
export type FaultChoice = "none" | "403" | "404" | "429" | "500" | "503" | "504" | "network" | "offline" | "slow";

export type FaultRequest = (
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  | { kind: "network"; wording: "browser" | "offline" }
  | { kind: "slow"; delayMs: number }
) & { times: number };

export interface FaultSettings {
  /** How many of the next API requests fail (or are slow). */
  times: number;
  /** Sent with 429 always, with 503 and 504 when above 0. */
  retryAfterSeconds: number;
  /** How long a slow answer waits. */
  slowDelayMs: number;
}

async function call(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`/_workbench/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /_workbench/${path}: HTTP ${response.status}`);
}

export function faultRequest(choice: Exclude<FaultChoice, "none">, settings: FaultSettings): FaultRequest {
  const { times } = settings;
  switch (choice) {
    case "network":
      return { kind: "network", wording: "browser", times };
    case "offline":
      return { kind: "network", wording: "offline", times };
    case "slow":
      return { kind: "slow", delayMs: settings.slowDelayMs, times };
    case "429":
      return { kind: "status", status: 429, retryAfterSeconds: settings.retryAfterSeconds, times };
    case "503":
    case "504":
      return { kind: "status", status: Number(choice), ...(settings.retryAfterSeconds > 0 ? { retryAfterSeconds: settings.retryAfterSeconds } : {}), times };
    default:
      return { kind: "status", status: Number(choice), times };
  }
}

export function injectFault(choice: FaultChoice, settings: FaultSettings): Promise<void> {
  return choice === "none" ? call("DELETE", "next-fault") : call("POST", "next-fault", faultRequest(choice, settings));
}

export function setLatency(milliseconds: number): Promise<void> {
  return call("PUT", "latency", { ms: milliseconds });
}

export function resetSampleData(): Promise<void> {
  return call("POST", "reset");
}
