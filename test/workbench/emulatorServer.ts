import http from "node:http";
import type { AddressInfo } from "node:net";
import { createDataverseApi } from "../../workbench/server/dataverse";
import type { DataverseApi, DataverseApiOptions } from "../../workbench/server/dataverse";

/** A fixed clock, so relative times in the seeded data are the same in every run. */
export const FIXED_NOW = new Date("2026-11-28T21:05:00Z");

export interface EmulatorServer {
  readonly api: DataverseApi;
  /** e.g. `http://127.0.0.1:1234` */
  readonly origin: string;
  /** e.g. `http://127.0.0.1:1234/api/data/v9.2/` */
  readonly apiRoot: string;
  close(): Promise<void>;
}

/** Serves the emulator on a real loopback port; other URLs answer 418 so a test sees `handle` declined them. */
export async function startEmulator(options: DataverseApiOptions = { now: () => FIXED_NOW }): Promise<EmulatorServer> {
  const api = createDataverseApi(options);
  const server = http.createServer(async (req, res) => {
    if (await api.handle(req, res)) return;
    res.statusCode = 418;
    res.end("not the emulator's");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    api,
    origin,
    apiRoot: `${origin}/api/data/v9.2/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type JsonObject = Record<string, unknown>;

export interface Collection {
  "@odata.context": string;
  "@odata.count"?: number;
  "@odata.nextLink"?: string;
  value: JsonObject[];
}

export async function getJson<T = JsonObject>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; response: Response }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as T, response };
}

export async function sendJsonRequest(url: string, method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
}

export interface DataverseErrorBody {
  error: { code: string; message: string };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body bytes that arrived before the connection ended. */
  received: Buffer;
  /** Whether the whole message the headers announced arrived. */
  complete: boolean;
}

/** A GET over a fresh connection that reports what arrived, even when the connection drops mid-body. */
export function rawGet(url: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", () => undefined);
      response.on("close", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, received: Buffer.concat(chunks), complete: response.complete }),
      );
    });
    request.on("error", reject);
  });
}
