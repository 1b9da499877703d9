import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { armNetworkFault, armedFault, clearRequestLog, disarmFault, requestLog } from "./support/emulator";
import { injectFault, sessionItems, sessionList, waitForSessionCount } from "./support/hostPage";

const { everyday, premier } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

test.each([
  ["500 Server error"],
  ["429 Too many requests (Retry-After)"],
])("a failed load (%s) shows the error, and Retry recovers", async (fault) => {
  const { page } = await suite.openPage();
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
  const { page } = await suite.openPage(`?record=${premier.id}`);
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

test("a dropped connection shows that the server could not be reached, the browser does not resend it, and Retry recovers", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await injectFault(page, "Network failure");
  await clearRequestLog(suite.workbench);
  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await page.getByText("The server could not be reached.").waitFor();
  await expect(requestLog(suite.workbench)).resolves.toHaveLength(1);
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(list, everyday.sessionCount);
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  await page.close();
});

test("a dropped connection worded as the offline client reaches the control with the platform's UciError message", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await armNetworkFault(suite.workbench, { wording: "offline" });
  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await page.getByText("UciError: This operation failed because you're offline. Reconnect and try again.").waitFor();
  await page.close();
});

test("a fault armed for three requests through the page's switches fails at most three requests, then the next one succeeds", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await injectFault(page, "503 Service unavailable", 3);
  await clearRequestLog(suite.workbench);
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.getByText("Sessions could not be loaded").waitFor();

  const failed = (await requestLog(suite.workbench)).length;
  expect(failed).toBeGreaterThanOrEqual(1);
  expect(failed).toBeLessThanOrEqual(3);
  await expect(armedFault(suite.workbench)).resolves.toEqual(failed === 3 ? null : expect.objectContaining({ times: 3 - failed }));
  await disarmFault(suite.workbench);
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(list, everyday.sessionCount);
  await page.close();
});
