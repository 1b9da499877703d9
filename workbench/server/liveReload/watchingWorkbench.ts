import { join } from "node:path";
import { startWorkbench } from "../main";
import { findRepoRoot } from "../repoRoot";
import { BuildScheduler } from "./buildScheduler";
import type { BuildStatus } from "./buildStatus";
import { DevelopmentBuild } from "./developmentBuild";
import { LiveReloadChannel } from "./liveReloadChannel";
import { watchSources } from "./sourceWatcher";

export interface WatchOptions {
  port?: number;
  host?: string;
  repoRoot?: string;
  /** Where the builds' output and the watch's own lines go; the terminal by default. */
  terminal?: NodeJS.WritableStream;
}

export interface WatchingWorkbench {
  url: string;
  port: number;
  close(): Promise<void>;
}

function describe(status: BuildStatus): string {
  if (status.state === "building") return `[watch] build ${status.build}: building…`;
  if (status.state === "built") return `[watch] build ${status.build} succeeded: the page reloads`;
  return `[watch] build ${status.build} FAILED: the page shows the output above until the next good build`;
}

/**
 * npm start watch: the workbench serving development builds of the control, rebuilt whenever src/, strings/ or the
 * manifest change; the page reloads after every good build and shows a failed build's output.
 */
export async function startWatchingWorkbench(options: WatchOptions = {}): Promise<WatchingWorkbench> {
  const repoRoot = options.repoRoot ?? findRepoRoot();
  const terminal = options.terminal ?? process.stdout;
  const channel = new LiveReloadChannel(join(repoRoot, "workbench", "client", "index.html"));
  const build = new DevelopmentBuild(repoRoot, terminal);
  const scheduler = new BuildScheduler({
    build: () => build.run(),
    publish: (status) => {
      channel.publish(status);
      terminal.write(`\n${describe(status)}\n`);
    },
  });
  const workbench = await startWorkbench({ port: options.port, host: options.host, repoRoot, liveReload: channel });
  const watcher = await watchSources(repoRoot, () => scheduler.request());
  scheduler.request();
  return {
    url: workbench.url,
    port: workbench.port,
    close: async () => {
      await watcher.close();
      build.cancel();
      await scheduler.stop();
      channel.close();
      await workbench.close();
    },
  };
}
