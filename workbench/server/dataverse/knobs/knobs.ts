import type { Fault, FaultKind } from "./faults";

/** One entry of the emulator's request log (GET /_workbench/requests); the drivers, tests and bench read it as this. */
export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly at: string;
}

export const MAX_LATENCY_MS = 10_000;

/** What the `/_workbench/` endpoints change: the armed fault, latency and the API request log. */
export class WorkbenchControl {
  latencyMs = 0;
  /** Lowers the aggregate record limit, so that a test can meet AggregateQueryRecordLimit exceeded without 50,000 rows; null: the platform's. */
  aggregateRecordLimit: number | null = null;
  /** The fault armed for the next requests; `times` counts down as requests take it. */
  nextFault: Fault | null = null;
  readonly requests: LoggedRequest[] = [];

  /** Hands the armed fault to one request; forgets it once it has been handed out `times` times. */
  takeFault(): FaultKind | null {
    const fault = this.nextFault;
    if (!fault) return null;
    const { times, ...kind } = fault;
    this.nextFault = times > 1 ? { ...fault, times: times - 1 } : null;
    return kind;
  }

  clear(): void {
    this.latencyMs = 0;
    this.aggregateRecordLimit = null;
    this.nextFault = null;
    this.requests.length = 0;
  }

  state(): { latencyMs: number; aggregateRecordLimit: number | null; nextFault: Fault | null } {
    return { latencyMs: this.latencyMs, aggregateRecordLimit: this.aggregateRecordLimit, nextFault: this.nextFault };
  }
}
