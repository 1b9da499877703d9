import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { launchChromium } from "./support/chromium";
import type { LaunchedChromium } from "./support/chromium";
import { resetEmulator } from "./support/emulator";
import { injectFault, openHostPage, sessionItems, sessionList, waitForSessionCount } from "./support/hostPage";
import { startTestWorkbench } from "./support/workbench";
import type { RunningWorkbench } from "./support/workbench";

const { everyday, premier } = SAMPLE_ACCOUNTS;

let workbench: RunningWorkbench;
let chromium: LaunchedChromium;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await workbench?.close();
});

beforeEach(() => resetEmulator(workbench));

test.each([
  ["500 Server error"],
  ["429 Too many requests (Retry-After)"],
])("a failed load (%s) shows the error, and Retry recovers", async (fault) => {
  const { page } = await openHostPage(chromium.context, workbench);
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await injectFault(page, fault);
  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(list, everyday.sessionCount);
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  await page.close();
});

test("a failed Load more keeps the loaded sessions, and Retry loads the next page", async () => {
  const { page } = await openHostPage(chromium.context, workbench, `?record=${premier.id}`);
  const list = sessionList(page, premier.name);
  await waitForSessionCount(list, 1);
  const firstPage = await sessionItems(list).count();

  await injectFault(page, "500 Server error");
  await page.getByRole("button", { name: "Load more" }).click();

  await page.getByText("More sessions could not be loaded").waitFor();
  await expect(sessionItems(list).count()).resolves.toBe(firstPage);
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(list, firstPage + 1);
  await page.close();
});
