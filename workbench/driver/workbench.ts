import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "../server/repoRoot";
import { startWorkbench } from "../server/main";
import type { RunningWorkbench } from "../server/main";

export type { RunningWorkbench };

const repoRoot = findRepoRoot(__dirname);

export function assertBundleBuilt(): void {
  if (!existsSync(join(repoRoot, "out", "controls", "bundle.js"))) {
    throw new Error("out/controls/bundle.js is missing: run npm run build:prod first");
  }
}

/** The host page's TypeScript, compiled to the ES modules the page loads from /client/. */
export function compileHostPage(): void {
  execFileSync(process.execPath, [join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", join(repoRoot, "workbench", "client", "tsconfig.json")], {
    cwd: repoRoot,
    stdio: "inherit",
  });
}

/** The workbench in this process, on a free loopback port. */
export function startTestWorkbench(): Promise<RunningWorkbench> {
  assertBundleBuilt();
  return startWorkbench({ port: 0, host: "127.0.0.1", repoRoot });
}
