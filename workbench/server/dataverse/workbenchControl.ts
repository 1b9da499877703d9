import type { Fault } from "./faults";

export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly at: string;
}

export const MAX_LATENCY_MS = 10_000;

/** What the `/_workbench/` endpoints change: the next injected fault, latency and the API request log. */
export class WorkbenchControl {
  latencyMs = 0;
  nextFault: Fault | null = null;
  readonly requests: LoggedRequest[] = [];

  /** Hands out the pending fault once, then forgets it. */
  takeFault(): Fault | null {
    const fault = this.nextFault;
    this.nextFault = null;
    return fault;
  }

  clear(): void {
    this.latencyMs = 0;
    this.nextFault = null;
    this.requests.length = 0;
  }

  state(): { latencyMs: number; nextFault: Fault | null } {
    return { latencyMs: this.latencyMs, nextFault: this.nextFault };
  }
}
