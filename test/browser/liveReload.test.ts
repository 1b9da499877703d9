/** @jest-environment node */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { LiveReloadChannel } from "../../workbench/server/liveReload/liveReloadChannel";
import type { BuildStatus } from "../../workbench/server/liveReload/buildStatus";
import { findRepoRoot } from "../../workbench/server/repoRoot";
import { startWorkbench } from "../../workbench/server/main";
import type { RunningWorkbench } from "../../workbench/server/main";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { launchChromium } from "../../workbench/driver/chromium";
import type { LaunchedChromium } from "../../workbench/driver/chromium";
import { resetEmulator } from "../../workbench/driver/emulator";
import { openHostPage, sessionList } from "../../workbench/driver/hostPage";
import { chooseSwitches, chosenSwitches, readSwitches } from "../../workbench/driver/hostSwitches";

// The page's half of npm start watch, driven by build statuses this test publishes itself (the real watch, with
// real builds, is watch.test.ts).
const repoRoot = findRepoRoot(__dirname);
const indexHtml = join(repoRoot, "workbench", "client", "index.html");
const { premier } = SAMPLE_ACCOUNTS;
let channel: LiveReloadChannel;
let workbench: RunningWorkbench;
let chromium: LaunchedChromium;
let lastBuild = 0;

function publish(state: BuildStatus["state"], output = ""): number {
  if (state === "building") lastBuild += 1;
  channel.publish({ state, build: lastBuild, output });
  return lastBuild;
}

/** What npm start watch does when it starts: a new channel, the workbench on the port, build 1 under way. */
async function startWatchRun(port: number): Promise<void> {
  channel = new LiveReloadChannel(indexHtml);
  lastBuild = 0;
  workbench = await startWorkbench({ port, host: "127.0.0.1", repoRoot, liveReload: channel });
  publish("building");
}

beforeAll(async () => {
  await startWatchRun(0);
  publish("built");
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await workbench?.close();
});

beforeEach(() => resetEmulator(workbench));

/** Publishes a good build and resolves once the page has reloaded and started again. */
async function goodBuildReloads(page: Page): Promise<void> {
  const reloaded = page.waitForEvent("load");
  publish("built");
  await reloaded;
  await page.locator("body[data-workbench-ready]").waitFor();
}

function failureOverlay(page: Page, build: number) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: `Build ${build} failed` }) });
}

it("reloads the page by itself after a good build, keeping the record, theme, width, form state and maker settings", async () => {
  const { page, pageErrors } = await openHostPage(chromium.context, workbench);
  const choice = chosenSwitches(premier.id);
  await chooseSwitches(page, choice);

  const building = publish("building");
  await page.getByRole("status").filter({ hasText: `Rebuilding the control (build ${building})` }).waitFor();
  await goodBuildReloads(page);

  expect(await readSwitches(page, Object.keys(choice.makerSettings))).toEqual(choice);
  expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
  expect(await page.locator("#control-container").getAttribute("data-width")).toBe("narrow");
  await sessionList(page, premier.name).waitFor();
  await expect(page.getByRole("status").filter({ hasText: "Rebuilding" }).count()).resolves.toBe(0);
  expect(pageErrors).toEqual([]);
});

it("shows a failed build's output over the page until a good build reloads it", async () => {
  const { page } = await openHostPage(chromium.context, workbench);
  const compilerError = "ERROR in ./src/index.ts 3:1\nsrc/index.ts(3,1): error TS2304: Cannot find name 'oops'.";

  const failed = publish("building");
  publish("failed", compilerError);
  const overlay = failureOverlay(page, failed);
  await overlay.waitFor();
  expect(await overlay.locator("pre").textContent()).toBe(compilerError);

  publish("building");
  await page.getByRole("status").filter({ hasText: "Rebuilding the control" }).waitFor();
  expect(await overlay.isVisible()).toBe(true);

  await goodBuildReloads(page);
  expect(await failureOverlay(page, failed).count()).toBe(0);
});

it("shows the failure to a page opened while the last build has failed", async () => {
  const failed = publish("building");
  publish("failed", "src/index.ts(3,1): error TS2304: Cannot find name 'oops'.");

  const { page } = await openHostPage(chromium.context, workbench);

  await failureOverlay(page, failed).waitFor();
  await goodBuildReloads(page);
});

it("reloads a page left open while npm start watch was restarted, after the new run's first good build", async () => {
  const { page } = await openHostPage(chromium.context, workbench);
  const choice = chosenSwitches(premier.id);
  await chooseSwitches(page, choice);

  const port = workbench.port;
  await workbench.close();
  await startWatchRun(port);
  await page.getByRole("status").filter({ hasText: "Rebuilding the control (build 1)" }).waitFor();
  await goodBuildReloads(page);

  expect(await readSwitches(page, Object.keys(choice.makerSettings))).toEqual(choice);
});
