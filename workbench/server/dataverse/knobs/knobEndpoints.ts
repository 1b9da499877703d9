import { AGGREGATE_RECORD_LIMIT } from "../fetchXml/fetchXmlQuery";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DataverseError, badQuery, methodNotAllowed } from "../errors";
import { parseFault } from "./faults";
import { readBody, sendJson } from "../odata/httpIo";
import { optionSetsFor } from "../optionSets/optionSetEndpoint";
import { MAX_LATENCY_MS } from "./knobs";
import type { WorkbenchControl } from "./knobs";

export const CONTROL_ROOT = "/_workbench/";

type EndpointHandler = (body: unknown, req: IncomingMessage) => unknown;

const FAULT_SHAPES =
  'Expected { "kind": "status", "status": 403 | 404 | 429 | 500 | 503 | 504, "retryAfterSeconds"?: 0-3600 }, ' +
  '{ "kind": "network", "wording"?: "browser" | "offline" } or { "kind": "slow", "delayMs": 1-30000 }, each with "times"?: 1-100.';

/**
 * The `/_workbench/` JSON endpoints that browser tests use to inject faults and latency and read the request log, and
 * that the host page reads option-set metadata from. None of them is logged as a Web API request.
 */
export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  control: WorkbenchControl,
  reset: () => void,
): Promise<void> {
  const name = (req.url ?? "").split("?")[0].slice(CONTROL_ROOT.length);
  const method = req.method ?? "GET";
  const endpoints: Readonly<Record<string, Readonly<Record<string, EndpointHandler>>>> = {
    "next-fault": {
      POST: (body) => {
        const fault = parseFault(body);
        if (!fault) throw badQuery(FAULT_SHAPES);
        control.nextFault = fault;
        return control.state();
      },
      DELETE: () => {
        control.nextFault = null;
        return control.state();
      },
    },
    latency: {
      PUT: (body) => {
        control.latencyMs = parseLatency(body);
        return control.state();
      },
    },
    "aggregate-limit": {
      PUT: (body) => {
        control.aggregateRecordLimit = parseAggregateLimit(body);
        return control.state();
      },
    },
    requests: {
      GET: () => control.requests,
      DELETE: () => {
        control.requests.length = 0;
        return control.requests;
      },
    },
    state: { GET: () => control.state() },
    "option-sets": { GET: (_body, request) => optionSetsFor(request) },
    reset: {
      POST: () => {
        reset();
        return control.state();
      },
    },
  };
  const endpoint = endpoints[name];
  if (!endpoint) throw new DataverseError(404, "0x80060888", `The workbench has no endpoint '${CONTROL_ROOT}${name}'.`);
  const handler = endpoint[method];
  if (!handler) throw methodNotAllowed(method);
  const body = method === "GET" || method === "DELETE" ? undefined : parseJson(await readBody(req));
  sendJson(res, 200, handler(body, req));
}

function parseLatency(body: unknown): number {
  const ms = body !== null && typeof body === "object" ? (body as { ms?: unknown }).ms : undefined;
  if (typeof ms !== "number" || !Number.isInteger(ms) || ms < 0 || ms > MAX_LATENCY_MS) {
    throw badQuery(`Expected { "ms": n } with n an integer from 0 to ${MAX_LATENCY_MS}.`);
  }
  return ms;
}

function parseAggregateLimit(body: unknown): number | null {
  const records = body !== null && typeof body === "object" ? (body as { records?: unknown }).records : undefined;
  if (records === null) return null;
  if (typeof records !== "number" || !Number.isInteger(records) || records < 0 || records > AGGREGATE_RECORD_LIMIT) {
    throw badQuery(`Expected { "records": n } with n an integer from 0 to ${AGGREGATE_RECORD_LIMIT}, or null for the platform's limit.`);
  }
  return records;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badQuery("The request body is not valid JSON.");
  }
}
