/** The emulator's control endpoints (/_workbench/*): latency, one-shot faults, reset. */
export type FaultChoice = "none" | "403" | "404" | "429" | "500" | "network";

export type FaultRequest = { kind: "status"; status: number; retryAfterSeconds?: number } | { kind: "network" };

async function call(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`/_workbench/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /_workbench/${path}: HTTP ${response.status}`);
}

export function faultRequest(choice: Exclude<FaultChoice, "none">, retryAfterSeconds: number): FaultRequest {
  if (choice === "network") return { kind: "network" };
  const status = Number(choice);
  return status === 429 ? { kind: "status", status, retryAfterSeconds } : { kind: "status", status };
}

export function injectNextFault(choice: FaultChoice, retryAfterSeconds: number): Promise<void> {
  return choice === "none" ? call("DELETE", "next-fault") : call("POST", "next-fault", faultRequest(choice, retryAfterSeconds));
}

export function setLatency(milliseconds: number): Promise<void> {
  return call("PUT", "latency", { ms: milliseconds });
}

export function resetSampleData(): Promise<void> {
  return call("POST", "reset");
}
