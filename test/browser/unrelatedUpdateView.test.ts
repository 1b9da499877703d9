import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { clearRequestLog, requestLog } from "../../workbench/driver/emulator";
import { sessionIds, sessionList, settle, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

test("an updateView from a change elsewhere on the form makes no Web API request and keeps the rows", async () => {
  const { page, pageErrors } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const shown = await sessionIds(list);
  await settle(page);
  await clearRequestLog(suite.workbench);

  for (let call = 0; call < 5; call += 1) {
    await page.evaluate(() => (window as unknown as { relatedSessionsWorkbench: { updateView(): void } }).relatedSessionsWorkbench.updateView());
  }
  await settle(page);

  await expect(requestLog(suite.workbench)).resolves.toEqual([]);
  await expect(sessionIds(list)).resolves.toEqual(shown);
  expect(pageErrors).toEqual([]);
  await page.close();
});
