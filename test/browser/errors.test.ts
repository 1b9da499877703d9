import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { clearRequestLog, requestLog } from "./support/emulator";
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
