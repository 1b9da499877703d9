import type { RunningWorkbench } from "./workbench";

export interface LoggedRequest {
  method: string;
  url: string;
  at: string;
}

async function control(workbench: RunningWorkbench, method: string, path: string): Promise<Response> {
  const response = await fetch(new URL(`/_workbench/${path}`, workbench.url), { method });
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

/** A read straight from the emulated Web API, to compute what the page should show. */
export async function queryApi<T>(workbench: RunningWorkbench, pathAndQuery: string): Promise<T[]> {
  const response = await fetch(new URL(`/api/data/v9.2/${pathAndQuery}`, workbench.url), { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${response.status}`);
  return ((await response.json()) as { value: T[] }).value;
}
