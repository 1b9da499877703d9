import type { IncomingMessage, ServerResponse } from "node:http";
import type { DataverseError } from "../errors";

export const API_ROOT = "/api/data/v9.2";

const ODATA_HEADERS = {
  "OData-Version": "4.0",
  "Content-Type": "application/json; odata.metadata=minimal",
} as const;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { ...ODATA_HEADERS, "Cache-Control": "no-cache", ...headers });
  res.end(JSON.stringify(body));
}

export function sendNoContent(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  res.writeHead(204, { "OData-Version": "4.0", ...headers });
  res.end();
}

export function sendError(res: ServerResponse, error: DataverseError): void {
  if (error.options.plainText) {
    res.writeHead(error.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache", ...error.headers });
    res.end(error.message);
    return;
  }
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/** The service root as the client reached it, for `@odata.context`, `@odata.nextLink` and `OData-EntityId`. */
export function serviceRoot(req: IncomingMessage): string {
  return `http://${req.headers.host ?? "127.0.0.1"}${API_ROOT}`;
}
