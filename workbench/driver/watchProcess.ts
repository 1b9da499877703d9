import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface WatchProcess {
  /** Everything npm start watch wrote to the terminal so far. */
  readonly output: string;
  /** Resolves with the first match of the pattern in the output; rejects when the process ends first. */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Stops npm start watch and every process it started (builds included), and waits until all are gone. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 30_000;

/** Whether any process of the group still runs (signal 0 only checks). */
function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(groupId: number, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (groupAlive(groupId)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * Runs `node scripts/start.mjs watch` (what npm start watch runs) in a project copy on a free loopback port, as the
 * leader of its own process group, so that stop() reaches the builds it spawned too.
 */
export function startWatchProcess(projectRoot: string): WatchProcess {
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, "scripts", "start.mjs"), "watch"], {
    cwd: projectRoot,
    env: { ...process.env, PORT: "0", PP_TOOLS_TELEMETRY_OPTOUT: "1", APPLICATION_INSIGHTS_NO_STATSBEAT: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const groupId = child.pid;
  if (groupId === undefined) throw new Error("npm start watch did not start");
  let output = "";
  let exited = false;
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    notify();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.on("exit", () => {
    exited = true;
    notify();
  });

  return {
    get output() {
      return output;
    },
    waitForOutput: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(output);
          if (match) {
            listeners.delete(check);
            resolve(match);
          } else if (exited) {
            listeners.delete(check);
            reject(new Error(`npm start watch ended before printing ${pattern}:\n${output}`));
          }
        };
        listeners.add(check);
        check();
      }),
    stop: async () => {
      if (!groupAlive(groupId)) return;
      process.kill(-groupId, "SIGTERM");
      if (await waitUntilGone(groupId, STOP_GRACE_MS)) return;
      process.kill(-groupId, "SIGKILL");
      if (!(await waitUntilGone(groupId, STOP_GRACE_MS))) throw new Error(`processes of npm start watch (group ${groupId}) survived SIGKILL`);
    },
  };
}
