import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { clearRequestLog, queryApi, requestLog, waitForAggregateRequests } from "../../workbench/driver/emulator";
import { chooseRecord, sessionIds, sessionItems, sessionList, settle, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday, premier } = SAMPLE_ACCOUNTS;
const SCRIPT_SUBJECT = "<img src=x onerror=alert(1)>";

const suite = setUpBrowserSuite();

test("the seeded sessions of the record appear in the order the emulated Dataverse gives the control's own query", async () => {
  const { page, pageErrors } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  // Whatever $orderby the control sends, the list shows the rows in the order Dataverse answers it.
  const listQuery = (await requestLog(suite.workbench)).find((request) => request.method === "GET" && request.url.includes("/msdyn_ocsessions?"));
  const expected = await queryApi<{ activityid: string }>(suite.workbench, (listQuery?.url ?? "").split("/api/data/v9.2/")[1]);
  expect(expected).toHaveLength(everyday.sessionCount);
  expect(await sessionIds(list)).toEqual(expected.map((session) => session.activityid));
  expect(pageErrors).toEqual([]);
  await page.close();
});

test(`Load more walks all ${premier.sessionCount} sessions of the premier account, none twice`, async () => {
  const { page } = await suite.openPage(`?record=${premier.id}`);
  const list = sessionList(page, premier.name);
  const loadMore = page.getByRole("button", { name: "Load more" });
  await waitForSessionCount(list, 1);

  let pagesLoaded = 1;
  while (await loadMore.isVisible()) {
    const shown = await sessionItems(list).count();
    await loadMore.click();
    await waitForSessionCount(list, shown + 1);
    pagesLoaded += 1;
  }

  const ids = await sessionIds(list);
  expect(ids).toHaveLength(premier.sessionCount);
  expect(new Set(ids).size).toBe(premier.sessionCount);
  expect(pagesLoaded).toBeGreaterThan(1);
  await page.close();
}, 120_000);

test("a subject that looks like HTML shows as text and never runs", async () => {
  const { page, nativeDialogs, pageErrors } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  const item = sessionItems(list).filter({ hasText: SCRIPT_SUBJECT });
  await expect(item.count()).resolves.toBe(1);
  await expect(page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).resolves.toBe(0);
  await settle(page);
  expect(nativeDialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("an unsaved record shows the save message and makes no API request", async () => {
  const { page } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), 1);
  await waitForAggregateRequests(suite.workbench);
  await clearRequestLog(suite.workbench);

  await chooseRecord(page, "New account (unsaved)");

  await page.getByText("Save this record to see its sessions and start a new one.").waitFor();
  await expect(page.getByRole("button", { name: "New session" }).isDisabled()).resolves.toBe(true);
  await settle(page);
  expect(await requestLog(suite.workbench)).toEqual([]);
  await page.close();
});
