/** @jest-environment node */
import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import type { ProjectCopy } from "../packaging/helpers/projectCopy";
import { buildSources, makeProjectCopy } from "../packaging/helpers/projectCopy";
import { launchChromium } from "../../workbench/driver/chromium";
import type { LaunchedChromium } from "../../workbench/driver/chromium";
import { openHostPage } from "../../workbench/driver/hostPage";
import { chooseSwitches, chosenSwitches, readSwitches } from "../../workbench/driver/hostSwitches";
import { startWatchProcess } from "../../workbench/driver/watchProcess";
import type { WatchProcess } from "../../workbench/driver/watchProcess";

// npm start watch for real, in a temporary copy of the project (the test edits the copy's resx, never the
// repository's). Every build is a full pcf-scripts development build: on a busy two-core machine that takes
// minutes, so the test waits for states (a line in the terminal, a text on the page) with generous limits.
const BUILD_LIMIT_MS = 5 * 60_000;
jest.setTimeout(15 * 60_000);

const RESX = "strings/RelatedSessions.1033.resx";
const { premier } = SAMPLE_ACCOUNTS;
let copy: ProjectCopy;
let watch: WatchProcess;
let chromium: LaunchedChromium;
let url: string;

beforeAll(async () => {
  copy = makeProjectCopy(buildSources);
  watch = startWatchProcess(copy.root);
  [, url] = await watch.waitForOutput(/Related Sessions workbench \(watching[^)]*\): (http:\/\/127\.0\.0\.1:\d+\/)/);
  const [, firstBuild] = await watch.waitForOutput(/\[watch\] build 1 (succeeded|FAILED)/);
  if (firstBuild !== "succeeded") throw new Error(`the first build of the copy failed:\n${watch.output}`);
  chromium = await launchChromium();
}, 15 * 60_000);

afterAll(async () => {
  await chromium?.close();
  await watch?.stop();
  copy?.remove();
});

/** The resx with one string's value changed, and the old and new value. */
function editString(resx: string, key: string): { edited: string; before: string; after: string } {
  const entry = new RegExp(`(<data name="${key}"[^>]*>\\s*<value>)([^<]*)(</value>)`);
  const match = entry.exec(resx);
  if (!match) throw new Error(`${RESX} has no ${key}`);
  const after = `${match[2]} (edited while watching)`;
  return { edited: resx.replace(entry, `$1${after}$3`), before: match[2], after };
}

function control(page: Page) {
  return page.locator("#control-container");
}

it("shows a changed resx string without a manual reload, keeping the switches the developer chose", async () => {
  const { page, pageErrors } = await openHostPage(chromium.context, { url });
  const choice = chosenSwitches(premier.id);
  await chooseSwitches(page, choice);
  const { edited, before, after } = editString(copy.read(RESX), "Header_Title");
  await control(page).getByText(before, { exact: true }).waitFor();

  const reloaded = page.waitForEvent("load", { timeout: BUILD_LIMIT_MS });
  copy.write(RESX, edited);
  await reloaded;

  await control(page).getByText(after, { exact: true }).waitFor({ timeout: BUILD_LIMIT_MS });
  expect(await readSwitches(page, Object.keys(choice.makerSettings))).toEqual(choice);
  expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
  expect(watch.output).toMatch(/\[watch\] build 2 succeeded/);
  expect(pageErrors).toEqual([]);
});
