import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createDataverseApi } from "./dataverse";
import type { LiveReloadChannel } from "./liveReload/liveReloadChannel";
import { findRepoRoot } from "./repoRoot";
import { serveStatic } from "./staticFiles";
import type { StaticRoutes } from "./staticFiles";
import { workbenchRoutes } from "./workbenchRoutes";

export type DataverseApi = ReturnType<typeof createDataverseApi>;

export interface WorkbenchOptions {
  port?: number;
  host?: string;
  /** Inject an emulator (tests use a fixed seed or clock); by default a freshly seeded one. */
  api?: DataverseApi;
  repoRoot?: string;
  /** npm start watch only: the page with live reload, and the build events (liveReload/). */
  liveReload?: LiveReloadChannel;
}

export interface RunningWorkbench {
  url: string;
  port: number;
  api: DataverseApi;
  close(): Promise<void>;
}

const DEFAULT_HOST = "127.0.0.1";

function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

function createRequestHandler(api: DataverseApi, routes: StaticRoutes, liveReload: LiveReloadChannel | undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (await api.handle(req, res)) return;
      if (liveReload && (await liveReload.handle(req, res))) return;
      if (await serveStatic(routes, req, res)) return;
      if (req.url === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      sendText(res, 404, "Not found");
    } catch (error) {
      sendText(res, 500, error instanceof Error ? error.message : String(error));
    }
  };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts the workbench: the host page, the platform libraries, the built control and the emulated Web API. */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<RunningWorkbench> {
  const host = options.host ?? DEFAULT_HOST;
  const api = options.api ?? createDataverseApi();
  const routes = workbenchRoutes(options.repoRoot ?? findRepoRoot());
  const handleRequest = createRequestHandler(api, routes, options.liveReload);
  const server = createServer((req, res) => void handleRequest(req, res));
  const address = await listen(server, options.port ?? 0, host);
  return {
    url: `http://${host}:${address.port}/`,
    port: address.port,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        options.liveReload?.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function portFromEnvironment(): number {
  const port = Number(process.env.PORT ?? 8181);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  return port;
}

async function runFromCommandLine(): Promise<void> {
  const workbench = await startWorkbench({ port: portFromEnvironment() });
  console.log(`Related Sessions workbench: ${workbench.url}  (Ctrl+C to stop)`);
  const stop = (): void => {
    void workbench.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  runFromCommandLine().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
