/** Issue 9 in the browser: counts, status chips, the channel menu and the subject search, by keyboard. */
import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { clearRequestLog, queryApi, requestLog, waitForAggregateRequests } from "../../workbench/driver/emulator";
import { sessionIds, sessionItems, sessionList, settle, waitForSessionCount, waitUntil } from "../../workbench/driver/hostPage";

const { everyday, premier } = SAMPLE_ACCOUNTS;
const VOICE = 192370000;

const suite = setUpBrowserSuite();

interface SessionRow {
  activityid: string;
  subject: string | null;
}

function sessionsWhere(accountId: string, condition: string): Promise<SessionRow[]> {
  const filter = `_regardingobjectid_value eq ${accountId} and ${condition}`;
  return queryApi<SessionRow>(suite.workbench, `msdyn_ocsessions?$select=activityid,subject&$filter=${encodeURIComponent(filter)}&$orderby=createdon desc,activityid desc`);
}

async function tabTo(page: Page, accessibleName: RegExp, role: string): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { role: element?.getAttribute("role") ?? (element?.tagName === "INPUT" ? "searchbox" : element?.tagName.toLowerCase()), name: element?.getAttribute("aria-label") ?? element?.textContent ?? "" };
    });
    if (focused.role === role && accessibleName.test(focused.name)) return;
  }
  throw new Error(`Tab never reached ${role} ${accessibleName}`);
}

test("by keyboard alone an agent narrows 600 sessions to the open voice sessions whose subject starts with a word, and sees how many before scrolling", async () => {
  const openVoice = await sessionsWhere(premier.id, `statecode eq 0 and msdyn_channel eq ${VOICE}`);
  expect(openVoice.length).toBeGreaterThan(0);
  const word = (openVoice.find((row) => row.subject)?.subject ?? "").split(" ")[0];
  const expected = await sessionsWhere(premier.id, `statecode eq 0 and msdyn_channel eq ${VOICE} and startswith(subject,'${word.replace(/'/g, "''")}')`);

  const { page } = await suite.openPage(`?record=${premier.id}`);
  const list = sessionList(page, premier.name);
  await waitForSessionCount(list, 25);
  await page.getByRole("radio", { name: /^All/ }).waitFor();
  await page.locator("body").click({ position: { x: 1, y: 1 } });

  await tabTo(page, /^All/, "radio");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /^Active/ }).getAttribute("aria-checked")).resolves.toBe("true");

  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await menu.waitFor();
  const voice = menu.getByRole("menuitemcheckbox", { name: /^Voice\b/ });
  for (let presses = 0; presses < 20 && !(await voice.evaluate((item) => item === document.activeElement)); presses++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await page.keyboard.press("Escape");
  await menu.waitFor({ state: "detached" });

  // How many there are, before any scrolling: the Active chip counts the open voice sessions.
  await page.getByRole("radio", { name: new RegExp(`^Active ${openVoice.length}$`) }).waitFor();

  await tabTo(page, /Search by subject|subject/i, "searchbox");
  await page.keyboard.type(word);
  const wanted = JSON.stringify(expected.map((row) => row.activityid).slice(0, 25));
  await waitUntil(() => sessionIds(list), (ids) => JSON.stringify(ids) === wanted);

  const control = await page.locator("#control-container").boundingBox();
  expect(control?.height).toBeLessThan(8 * 84 + 400);
  await page.close();
});

test("the counts tell the record's sessions by state from one aggregate query, and a filter change asks only the list", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await page.getByText(/\d+ closed/).waitFor();
  // The history chart's aggregate (grouped by date) is its own: test/browser/history.test.ts counts it.
  const aggregates = (await requestLog(suite.workbench)).filter((request) => request.url.includes("fetchXml=") && !decodeURIComponent(request.url).includes("dategrouping"));
  expect(aggregates).toHaveLength(1);

  const closed = (await sessionsWhere(everyday.id, "(statecode eq 1 or statecode eq 2)")).length;
  await waitForAggregateRequests(suite.workbench);
  await clearRequestLog(suite.workbench);
  await page.getByRole("radio", { name: /^Closed/ }).click();
  await waitUntil(() => sessionIds(list), (ids) => ids.length === closed);
  const log = await requestLog(suite.workbench);
  expect(log.filter((request) => request.url.includes("fetchXml="))).toHaveLength(0);
  expect(log.filter((request) => request.url.includes("/msdyn_ocsessions?"))).toHaveLength(1);
  await page.close();
});

test("typing a search sends one query for what was typed once the agent stops, and Escape clears it", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await clearRequestLog(suite.workbench);

  const search = page.getByRole("searchbox");
  await search.pressSequentially("Refund 50%", { delay: 40 });
  await waitUntil(() => sessionIds(list), (ids) => ids.length === 1);
  await expect(sessionItems(list).first().textContent()).resolves.toContain("Refund 50% of the card fee");
  await settle(page, 500);
  const searches = (await requestLog(suite.workbench)).filter((request) => decodeURIComponent(request.url).includes("startswith"));
  expect(searches).toHaveLength(1);
  expect(decodeURIComponent(searches[0].url)).toContain("startswith(subject,'Refund 50[%]')");

  await search.press("Escape");
  await expect(search.inputValue()).resolves.toBe("");
  await waitForSessionCount(list, everyday.sessionCount);
  await page.close();
});

test("filters that match nothing say so, and Clear filters brings every session back", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await page.getByRole("searchbox").fill("Zzz no such subject");
  await page.getByText("No sessions match").waitFor();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await waitForSessionCount(list, everyday.sessionCount);
  await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("");
  await page.close();
});
