/** The refresh rules through the workbench's "Time passes" switches. */
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { clearRequestLog, requestLog, waitForAggregateRequests } from "../../workbench/driver/emulator";
import { sessionItems, sessionList, settle, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

function sessionQueries(): Promise<number> {
  return requestLog(suite.workbench).then((log) => log.filter((request) => request.url.includes("/msdyn_ocsessions?")).length);
}

test("coming back to the tab after two minutes refreshes the list, counts and history once, quietly; after 30 s nothing is sent", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await waitForAggregateRequests(suite.workbench);
  await clearRequestLog(suite.workbench);

  await page.getByRole("button", { name: "Away from the tab for 30 s" }).click();
  await settle(page, 500);
  await expect(sessionQueries()).resolves.toBe(0);

  await page.getByRole("button", { name: "Away from the tab for 2 min" }).click();
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  await settle(page, 1000);
  await expect(sessionQueries()).resolves.toBe(3);
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  await page.close();
});
