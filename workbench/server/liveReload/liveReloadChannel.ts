import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BuildStatus } from "./buildStatus";

export const LIVE_EVENTS_PATH = "/_live/events";
const INDEX_PATHS = new Set(["/", "/index.html"]);
/** workbench/client/liveReload/liveReload.ts connects only when the page carries this tag, so plain npm start has no live reload. */
export const LIVE_RELOAD_META = "workbench-live-reload";

/**
 * The server half of live reload (npm start watch): the host page with a tag that tells its client where the build
 * events are and which build the page was served after, and those events as server-sent events. A subscriber gets
 * the current status at once, then every status published. Both carry this run's id: a page open across a restart
 * of npm start watch must not compare the new run's build numbers with the old one's.
 */
export class LiveReloadChannel {
  private readonly run = randomUUID();
  private status: BuildStatus = { state: "building", build: 0, output: "" };
  private lastGoodBuild = 0;
  private readonly subscribers = new Set<ServerResponse>();

  constructor(private readonly indexHtmlPath: string) {}

  publish(status: BuildStatus): void {
    this.status = status;
    if (status.state === "built") this.lastGoodBuild = status.build;
    for (const subscriber of this.subscribers) this.send(subscriber, status);
  }

  /** Answers the page and the event stream; resolves false for every other request. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = new URL(req.url ?? "/", "http://workbench").pathname;
    if (path === LIVE_EVENTS_PATH) {
      this.subscribe(req, res);
      return true;
    }
    if (INDEX_PATHS.has(path)) {
      await this.serveIndex(req, res);
      return true;
    }
    return false;
  }

  /** Ends every open event stream (the server is closing). */
  close(): void {
    for (const subscriber of this.subscribers) subscriber.end();
    this.subscribers.clear();
  }

  private subscribe(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    // Reconnect quickly when npm start watch is restarted.
    res.write("retry: 1000\n\n");
    this.send(res, this.status);
    this.subscribers.add(res);
    req.on("close", () => this.subscribers.delete(res));
  }

  private async serveIndex(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const html = await readFile(this.indexHtmlPath, "utf8");
    const tag = `<meta name="${LIVE_RELOAD_META}" content="${LIVE_EVENTS_PATH}" data-run="${this.run}" data-last-good-build="${this.lastGoodBuild}" />`;
    const page = html.replace("</head>", `  ${tag}\n  </head>`);
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(page),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : page);
  }

  private send(res: ServerResponse, status: BuildStatus): void {
    res.write(`data: ${JSON.stringify({ ...status, run: this.run })}\n\n`);
  }
}
