/**
 * The workbench's emulation of the Dataverse Web API (entity sets msdyn_ocsessions, sample_bankaccounts,
 * systemusers, teams) over deterministic sample data, plus the /_workbench/ endpoints that inject faults
 * and latency and expose the request log. `main.ts` mounts `handle` in front of the static files.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { SAMPLE_SEED } from "../../shared/sampleAccounts";
import { handleControlRequest, CONTROL_ROOT } from "./knobs/knobEndpoints";
import { DataverseError } from "./errors";
import { faultError } from "./knobs/faults";
import { API_ROOT, sendError } from "./odata/httpIo";
import { dropConnectionMidResponse } from "./knobs/networkFault";
import { generateSampleData } from "./seed/sampleData";
import type { SampleData } from "./seed/sampleData";
import { DataStore } from "./tables/store";
import { AGGREGATE_RECORD_LIMIT } from "./fetchXml/fetchXmlQuery";
import { WebApiEmulator } from "./webApi";
import { WorkbenchControl } from "./knobs/knobs";

export { generateSampleData } from "./seed/sampleData";
export type { SampleBankAccount, SampleData } from "./seed/sampleData";
export type { SampleSession } from "./seed/sampleSessions";
export { BIDI_SUBJECTS, SAMPLE_AGENTS, SAMPLE_TEAM, WORKBENCH_USER, LONG_SUBJECT, SCRIPT_INJECTION_SUBJECT, WILDCARD_SUBJECTS } from "./seed/sampleCatalog";
export type { Fault, FaultKind, NetworkWording } from "./knobs/faults";
export type { LoggedRequest } from "./knobs/knobs";

export interface DataverseApiOptions {
  seed?: number;
  now?: () => Date;
  /** Another data set, seeded the same way on every reset (the benchmark adds accounts); the sample data by default. */
  generateData?: (seed: number, now: Date) => SampleData;
}

export interface DataverseApi {
  /** Handles requests under /api/data/v9.2/ and /_workbench/; returns false for any other URL (untouched). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Re-seeds the data, clears faults, latency and the request log. */
  reset(): void;
}

export function createDataverseApi(options: DataverseApiOptions = {}): DataverseApi {
  const seed = options.seed ?? SAMPLE_SEED;
  const now = options.now ?? (() => new Date());
  const generateData = options.generateData ?? generateSampleData;
  const control = new WorkbenchControl();
  let store = new DataStore(generateData(seed, now()));
  const webApi = new WebApiEmulator(
    () => store,
    now,
    () => control.aggregateRecordLimit ?? AGGREGATE_RECORD_LIMIT,
  );

  const reset = (): void => {
    store = new DataStore(generateData(seed, now()));
    control.clear();
  };

  const handleApiRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    control.requests.push({ method: req.method ?? "GET", url: req.url ?? "", at: now().toISOString() });
    if (control.latencyMs > 0) await delay(control.latencyMs);
    const fault = control.takeFault();
    if (fault?.kind === "network") return dropConnectionMidResponse(req, res, fault.wording);
    if (fault?.kind === "status") throw faultError(fault, req.method ?? "GET");
    // A slow answer waits on its own, so a request sent after it can be answered first.
    if (fault?.kind === "slow") await delay(fault.delayMs);
    await webApi.handle(req, res);
  };

  return {
    reset,
    async handle(req, res) {
      const path = (req.url ?? "").split("?")[0];
      const isApi = path === API_ROOT || path.startsWith(`${API_ROOT}/`);
      if (!isApi && !path.startsWith(CONTROL_ROOT)) return false;
      try {
        await (isApi ? handleApiRequest(req, res) : handleControlRequest(req, res, control, reset));
      } catch (error) {
        sendError(res, error instanceof DataverseError ? error : unexpectedError(error));
      }
      return true;
    },
  };
}

/** Emulator bugs still answer in Dataverse's shape, with the cause kept for whoever reads the response. */
function unexpectedError(error: unknown): DataverseError {
  const cause = error instanceof Error ? error.message : String(error);
  return new DataverseError(500, "0x80040216", `An unexpected error occurred. (${cause})`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
