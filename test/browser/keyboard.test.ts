import type { Locator, Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { queryApi } from "../../workbench/driver/emulator";
import { eventLogEntries, sessionButton, sessionIds, sessionItems, sessionList, waitForSessionCount } from "../../workbench/driver/hostPage";

// Two pages at the default page size: the list has a last loaded session and a Load more after it.
const { mortgage } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

/** The session whose button has the keyboard focus, or null when the focus is elsewhere. */
function focusedSessionId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest("[data-session-id]")?.getAttribute("data-session-id") ?? null);
}

/** Opens the mortgage account's first page and puts the keyboard focus on its first session. */
async function focusFirstMortgageSession(): Promise<{ page: Page; list: Locator; ids: string[] }> {
  const { page } = await suite.openPage(`?record=${mortgage.id}`);
  const list = sessionList(page, mortgage.name);
  await waitForSessionCount(list, 1);
  await page.getByRole("button", { name: "Load more" }).waitFor();
  await sessionButton(sessionItems(list).first()).focus();
  return { page, list, ids: await sessionIds(list) };
}

test("Up, Down, Home and End move the focus between the loaded sessions", async () => {
  const { page, ids } = await focusFirstMortgageSession();
  expect(ids.length).toBeGreaterThan(2);
  expect(ids.length).toBeLessThan(mortgage.sessionCount);

  await expect(focusedSessionId(page)).resolves.toBe(ids[0]);
  await page.keyboard.press("ArrowDown");
  await expect(focusedSessionId(page)).resolves.toBe(ids[1]);
  await page.keyboard.press("End");
  await expect(focusedSessionId(page)).resolves.toBe(ids[ids.length - 1]);
  await page.keyboard.press("ArrowUp");
  await expect(focusedSessionId(page)).resolves.toBe(ids[ids.length - 2]);
  await page.keyboard.press("Home");
  await expect(focusedSessionId(page)).resolves.toBe(ids[0]);
  await page.close();
});

test("the focus ring frames the focused session's button, not the day heading above it", async () => {
  const { page, list } = await focusFirstMortgageSession();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  const first = sessionItems(list).first();
  await expect(first.getByRole("heading").count()).resolves.toBe(1);
  const frame = await sessionButton(first).evaluate((button) => {
    const ring = getComputedStyle(button, "::after");
    return { style: ring.borderTopStyle, outerHeight: parseFloat(ring.height) + 2 * parseFloat(ring.borderTopWidth), buttonHeight: button.clientHeight };
  });
  // Fluent's ring is an absolutely positioned ::after, inset to its containing block's padding box: the button's own
  // while the button is positioned, else the row's, with the heading in it.
  expect(frame.style).toBe("solid");
  expect(frame.outerHeight).toBeCloseTo(frame.buttonHeight, 0);
  await page.close();
});

test.each([["Enter"], ["Space"]])("%s on the focused session opens that session", async (key) => {
  const { page, ids } = await focusFirstMortgageSession();
  await page.keyboard.press("ArrowDown");

  await page.keyboard.press(key);

  await page.getByRole("dialog", { name: /^Session: / }).waitFor();
  await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).allInnerTexts()).resolves.toEqual([
    expect.stringContaining(`"entityId":"${ids[1]}"`),
  ]);
  await page.close();
});

test("Tab from the last loaded session reaches Load more (past its Open conversation, when it has one), and Enter there loads the next page", async () => {
  const { page, list, ids: firstPage } = await focusFirstMortgageSession();
  const lastId = firstPage[firstPage.length - 1];
  const [last] = await queryApi<{ _msdyn_liveworkitemid_value: string | null }>(suite.workbench, `msdyn_ocsessions?$select=_msdyn_liveworkitemid_value&$filter=activityid eq ${lastId}`);
  await page.keyboard.press("End");

  await page.keyboard.press("Tab");
  if (last._msdyn_liveworkitemid_value !== null) {
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Open conversation");
    await expect(focusedSessionId(page)).resolves.toBe(lastId);
    await page.keyboard.press("Tab");
  }

  const loadMore = page.getByRole("button", { name: "Load more" });
  await expect(loadMore.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press("Enter");
  await waitForSessionCount(list, mortgage.sessionCount);
  await expect(sessionIds(list)).resolves.toEqual(expect.arrayContaining(firstPage));
  await page.close();
});
