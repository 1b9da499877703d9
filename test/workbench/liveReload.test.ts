/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { BuildScheduler } from "../../workbench/server/liveReload/buildScheduler";
import type { BuildOutcome, BuildStatus } from "../../workbench/server/liveReload/buildStatus";
import { DevelopmentBuild } from "../../workbench/server/liveReload/developmentBuild";
import { LIVE_EVENTS_PATH, LiveReloadChannel } from "../../workbench/server/liveReload/liveReloadChannel";
import { watchSources } from "../../workbench/server/liveReload/sourceWatcher";
import { startWorkbench } from "../../workbench/server/main";
import type { RunningWorkbench } from "../../workbench/server/main";
import type { ProjectCopy } from "../packaging/helpers/projectCopy";
import { breakManifestValidation, makeProjectCopy, repositoryRoot } from "../packaging/helpers/projectCopy";

/** Builds the test finishes by hand. */
function controllableBuilds() {
  const pending: Array<(outcome: BuildOutcome) => void> = [];
  let started = 0;
  let onStart: () => void = () => undefined;
  return {
    build: () => {
      started += 1;
      onStart();
      return new Promise<BuildOutcome>((resolve) => pending.push(resolve));
    },
    finish: (outcome: BuildOutcome) => pending.shift()?.(outcome),
    /** Resolves when the next build starts. */
    nextStart: () => new Promise<void>((resolve) => (onStart = resolve)),
    get started() {
      return started;
    },
  };
}

describe("BuildScheduler", () => {
  it("runs one build at a time and folds the changes made during a build into exactly one more build", async () => {
    const builds = controllableBuilds();
    const published: BuildStatus[] = [];
    const scheduler = new BuildScheduler({ build: builds.build, publish: (status) => published.push(status) });

    scheduler.request();
    scheduler.request();
    scheduler.request();
    expect(builds.started).toBe(1);
    const secondBuild = builds.nextStart();
    builds.finish({ ok: true, output: "" });
    await secondBuild;
    builds.finish({ ok: false, output: "error TS2304: Cannot find name 'oops'." });
    await scheduler.idle();

    expect(builds.started).toBe(2);
    expect(published).toEqual([
      { state: "building", build: 1, output: "" },
      { state: "built", build: 1, output: "" },
      { state: "building", build: 2, output: "" },
      { state: "failed", build: 2, output: "error TS2304: Cannot find name 'oops'." },
    ]);
  });

  it("reports a build that throws as failed, with the error's message", async () => {
    const published: BuildStatus[] = [];
    const scheduler = new BuildScheduler({ build: () => Promise.reject(new Error("spawn node ENOENT")), publish: (status) => published.push(status) });

    scheduler.request();
    await scheduler.idle();

    expect(published.at(-1)).toEqual({ state: "failed", build: 1, output: "spawn node ENOENT" });
  });

  it("starts nothing after stop and publishes nothing for the build it interrupted", async () => {
    const builds = controllableBuilds();
    const published: BuildStatus[] = [];
    const scheduler = new BuildScheduler({ build: builds.build, publish: (status) => published.push(status) });
    scheduler.request();
    scheduler.request();

    const stopped = scheduler.stop();
    builds.finish({ ok: true, output: "" });
    await stopped;
    scheduler.request();

    expect(builds.started).toBe(1);
    expect(published).toEqual([{ state: "building", build: 1, output: "" }]);
  });
});

interface EventStream {
  contentType: string | undefined;
  /** The data of the next event, parsed. */
  next(): Promise<unknown>;
  close(): void;
}

/** Subscribes to server-sent events at a URL. */
function subscribe(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const received: unknown[] = [];
    let wake: () => void = () => undefined;
    const req = request(url, (res) => {
      let buffered = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        const lines = (buffered + chunk).split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("data: ")) received.push(JSON.parse(line.slice("data: ".length)));
        wake();
      });
      const next = async (): Promise<unknown> => {
        while (received.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        return received.shift();
      };
      resolve({ contentType: res.headers["content-type"], next, close: () => req.destroy() });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the workbench server under npm start watch", () => {
  let channel: LiveReloadChannel;
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    channel = new LiveReloadChannel(join(repositoryRoot, "workbench", "client", "index.html"));
    workbench = await startWorkbench({ port: 0, host: "127.0.0.1", repoRoot: repositoryRoot, liveReload: channel });
  });

  afterAll(() => workbench.close());

  it("serves the page with the tag that points its client at the build events and names the last good build", async () => {
    channel.publish({ state: "built", build: 4, output: "" });
    channel.publish({ state: "failed", build: 5, output: "boom" });

    const page = await (await fetch(workbench.url)).text();

    expect(page).toMatch(new RegExp(`<meta name="workbench-live-reload" content="${LIVE_EVENTS_PATH}" data-run="[0-9a-f-]{36}" data-last-good-build="4" />`));
    expect(page).toContain('<script type="module" src="/client/main.js"></script>');
  });

  it("streams the current status to a new subscriber at once, then every status published, each with the page's run id", async () => {
    const run = /data-run="([^"]+)"/.exec(await (await fetch(workbench.url)).text())?.[1];
    channel.publish({ state: "failed", build: 7, output: "src/index.ts(3,1): error TS2304" });
    const events = await subscribe(new URL(LIVE_EVENTS_PATH, workbench.url).toString());
    try {
      expect(events.contentType).toBe("text/event-stream; charset=utf-8");
      expect(await events.next()).toEqual({ state: "failed", build: 7, output: "src/index.ts(3,1): error TS2304", run });
      channel.publish({ state: "building", build: 8, output: "" });
      expect(await events.next()).toEqual({ state: "building", build: 8, output: "", run });
    } finally {
      events.close();
    }
  });
});

describe("the workbench server of plain npm start", () => {
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    workbench = await startWorkbench({ port: 0, host: "127.0.0.1", repoRoot: repositoryRoot });
  });

  afterAll(() => workbench.close());

  it("serves the page without the live reload tag and has no build events", async () => {
    expect(await (await fetch(workbench.url)).text()).not.toContain("workbench-live-reload");
    expect((await fetch(new URL(LIVE_EVENTS_PATH, workbench.url))).status).toBe(404);
  });
});

describe("watchSources", () => {
  const QUIET_MS = 100;
  /** Long enough for a change that should not count to have been reported if it did. */
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5 * QUIET_MS));
  let root: string;
  let watcher: { close(): Promise<void> } | undefined;
  let changes: number;
  let nextChange: Promise<void>;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "related-sessions-watch-"));
    for (const folder of ["src", "strings", "docs"]) mkdirSync(join(root, folder));
    writeFileSync(join(root, "ControlManifest.Input.xml"), "<manifest/>");
    changes = 0;
    let reportChange: () => void = () => undefined;
    const expectChange = (): void => {
      nextChange = new Promise((resolve) => (reportChange = resolve));
    };
    expectChange();
    watcher = await watchSources(
      root,
      () => {
        changes += 1;
        reportChange();
        expectChange();
      },
      QUIET_MS,
    );
  });

  afterEach(async () => {
    await watcher?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("calls back once for a burst of saves under src/ and strings/ and to the manifest", async () => {
    writeFileSync(join(root, "src", "index.ts"), "export {};");
    writeFileSync(join(root, "strings", "Control.1033.resx"), "<root/>");
    writeFileSync(join(root, "ControlManifest.Input.xml"), "<manifest version='2'/>");
    await nextChange;
    await settle();

    expect(changes).toBe(1);
  });

  it("does not call back for files outside them", async () => {
    writeFileSync(join(root, "docs", "notes.md"), "# notes");
    writeFileSync(join(root, "package.json"), "{}");
    await settle();
    writeFileSync(join(root, "src", "index.ts"), "export {};");
    await nextChange;

    expect(changes).toBe(1);
  });
});

describe("DevelopmentBuild", () => {
  let copy: ProjectCopy;

  beforeAll(() => {
    copy = makeProjectCopy();
    breakManifestValidation(copy);
  });

  afterAll(() => copy.remove());

  it("reports a failed build with pcf-scripts' output as plain text, and writes it to the terminal as it comes", async () => {
    const terminal = new PassThrough();
    let written = "";
    terminal.on("data", (chunk: Buffer) => (written += chunk.toString()));

    const outcome = await new DevelopmentBuild(copy.root, terminal).run();

    expect(outcome.ok).toBe(false);
    expect(outcome.output).toContain("control-type is not one of enum values");
    expect(outcome.output).not.toContain("\u001b[");
    expect(written).toContain("control-type is not one of enum values");
  }, 60_000);
});
