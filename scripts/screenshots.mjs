// npm run screenshots: docs/screenshots/workbench-{light,dark}.png of the workbench (everyday account, wide form).
// Reuses the browser tests' helpers (Chromium launch, in-process workbench), compiled to out/browser-tests.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";
import { buildControl, compileWorkbench, root, runNode } from "./start.mjs";

const require = createRequire(import.meta.url);
const supportDir = join(root, "out", "browser-tests", "test", "browser", "support");
const outputDir = join(root, "docs", "screenshots");
const THEMES = ["light", "dark"];
const EVERYDAY_ACCOUNT_NAME = "Contoso Everyday Checking";

async function compileTestSupport() {
  await runNode([join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "test", "browser", "tsconfig.json")], "Compiling the browser-test helpers");
}

/**
 * @param {import("playwright-core").BrowserContext} context @param {{ url: string }} workbench @param {string} theme
 */
async function capture(context, workbench, theme) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(new URL(`?theme=${theme}&width=wide`, workbench.url).toString());
  const list = page.getByRole("list", { name: `Sessions regarding ${EVERYDAY_ACCOUNT_NAME}` });
  await list.getByRole("listitem").nth(19).waitFor();
  const path = join(outputDir, `workbench-${theme}.png`);
  await page.screenshot({ path });
  await page.close();
  console.log(`[screenshots] ${path}`);
}

async function main() {
  Object.assign(process.env, noTelemetryEnv);
  await buildControl();
  await compileWorkbench();
  await compileTestSupport();
  const { launchChromium } = require(join(supportDir, "chromium.js"));
  const { startTestWorkbench } = require(join(supportDir, "workbench.js"));
  mkdirSync(outputDir, { recursive: true });
  const workbench = await startTestWorkbench();
  const chromium = await launchChromium();
  try {
    for (const theme of THEMES) await capture(chromium.context, workbench, theme);
  } finally {
    await chromium.close();
    await workbench.close();
  }
}

main().catch((error) => {
  console.error(`\n[screenshots] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
