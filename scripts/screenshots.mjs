// npm run screenshots: docs/screenshots/*.png: the workbench in light and dark (everyday account, wide form), and the
// control alone: filters with the channel menu open, a search, a long history, German narrow, Arabic, high contrast,
// and the history chart of the account that moved from chat to voice, light and dark.
// Reuses the browser tests' helpers (Chromium launch, in-process workbench), compiled to out/browser-tests.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";
import { buildControl, compileWorkbench, root, runNode } from "./start.mjs";

const require = createRequire(import.meta.url);
const supportDir = join(root, "out", "browser-tests", "workbench", "driver");
const outputDir = join(root, "docs", "screenshots");

async function compileTestSupport() {
  await runNode([join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "test", "browser", "tsconfig.json")], "Compiling the browser-test helpers");
}

const PREMIER_ACCOUNT_ID = "b1c2d3e4-f5a6-4b7c-8d9e-0a1b2c3d4e63";
/** The account that moved from live chat to voice (workbench/shared/sampleAccounts.ts): the history chart shows it. */
const SWITCHER_ACCOUNT_ID = "e2a4c6d8-1f3b-4d5e-9a7c-6b8d0f2e4a95";

/** @typedef {import("playwright-core").Page} Page */
/** @typedef {{ name: string, query: string, whole?: boolean, prepare?: (page: Page) => Promise<void> }} Shot */

/** @param {Page} page @param {string} label */
async function chooseLanguage(page, label) {
  await page.getByLabel("Language", { exact: true }).selectOption({ label });
  await page.getByRole("listitem").nth(5).waitFor();
}

/** @type {Shot[]} */
const SHOTS = [
  { name: "workbench-light", query: "?theme=light&width=wide", whole: true },
  { name: "workbench-dark", query: "?theme=dark&width=wide", whole: true },
  {
    name: "filters",
    query: `?record=${PREMIER_ACCOUNT_ID}&width=wide`,
    prepare: async (page) => {
      await page.getByRole("radio", { name: /^Active/ }).click();
      await page.getByRole("button", { name: /channel/i }).click();
      await page.getByRole("menu").waitFor();
    },
  },
  {
    name: "search",
    query: "?width=wide",
    prepare: async (page) => {
      await page.getByRole("searchbox").fill("Refund");
      await page.getByText("Refund 500 euros").waitFor();
    },
  },
  { name: "long-history", query: `?record=${PREMIER_ACCOUNT_ID}&width=wide` },
  { name: "german-narrow", query: "?width=narrow", prepare: (page) => chooseLanguage(page, "German (1031)") },
  { name: "arabic", query: "?width=wide", prepare: (page) => chooseLanguage(page, "Arabic (1025)") },
  { name: "high-contrast", query: "?width=wide", prepare: (page) => page.emulateMedia({ forcedColors: "active" }) },
  { name: "history-light", query: `?record=${SWITCHER_ACCOUNT_ID}&theme=light&width=wide`, prepare: waitForHistory },
  { name: "history-dark", query: `?record=${SWITCHER_ACCOUNT_ID}&theme=dark&width=wide`, prepare: waitForHistory },
];

/** @param {Page} page */
async function waitForHistory(page) {
  await page.getByRole("group", { name: "Sessions per week, last 13 weeks" }).waitFor();
}

/**
 * The counts line and the 13-week chart have come: they answer after the rows, applied after a paint, so a shot taken
 * when the rows show can catch the control without them. Checked by structure, so it holds in every language.
 * @param {Page} page
 */
async function waitForAggregates(page) {
  const control = page.locator("#control-container");
  // The header's count and the counts line, both said aloud when they change, both with text.
  await control.locator("[aria-live=polite]").filter({ hasText: /\S/ }).nth(1).waitFor();
  await control.locator("[role=group] > button").nth(12).waitFor();
}

/** The form section, stretched down to an open menu that reaches beyond it. @param {Page} page */
async function controlArea(page) {
  const section = await page.locator("#sessions-section").boundingBox();
  const menu = (await page.getByRole("menu").count()) > 0 ? await page.getByRole("menu").boundingBox() : null;
  if (!section) throw new Error("The form section is not on the page");
  const bottom = Math.max(section.y + section.height, menu ? menu.y + menu.height + 8 : 0);
  return { x: section.x, y: section.y, width: section.width, height: bottom - section.y };
}

/** @param {import("playwright-core").BrowserContext} context @param {{ url: string }} workbench @param {Shot} shot */
async function capture(context, workbench, shot) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(new URL(shot.query, workbench.url).toString());
  await page.locator("body[data-workbench-ready]").waitFor();
  await page.getByRole("listitem").nth(2).waitFor();
  await shot.prepare?.(page);
  await waitForAggregates(page);
  const path = join(outputDir, `${shot.name}.png`);
  if (shot.whole) await page.screenshot({ path });
  else await page.screenshot({ path, clip: await controlArea(page) });
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
    // `npm run screenshots -- history-light history-dark` shoots only those.
    const wanted = process.argv.slice(2);
    for (const shot of SHOTS.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) await capture(chromium.context, workbench, shot);
  } finally {
    await chromium.close();
    await workbench.close();
  }
}

main().catch((error) => {
  console.error(`\n[screenshots] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
