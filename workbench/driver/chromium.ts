import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";

/** Headless and quiet: nothing leaves the machine but loopback requests to the workbench. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
] as const;

const MISSING_CHROMIUM = "Chromium was not found: install Debian's chromium: apt-get install -y chromium (or set CHROMIUM_PATH)";

export function chromiumExecutable(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist. ${MISSING_CHROMIUM}`);
    return configured;
  }
  try {
    const found = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // `command -v` exits non-zero when chromium is not on PATH.
  }
  throw new Error(MISSING_CHROMIUM);
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile directory, removed again on close. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const executablePath = chromiumExecutable();
  const userDataDir = await mkdtemp(join(tmpdir(), "related-sessions-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1400, height: 1000 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
