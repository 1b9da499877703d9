import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { MIN_ROW_HEIGHT_PX } from "../../src/ui/list/rowHeights";
import { setUpBrowserSuite } from "./support/browserSuite";
import { chooseRecord, sessionButtons, sessionItems, sessionList, settle, waitForSessionCount, waitUntil } from "../../workbench/driver/hostPage";

const { everyday, premier, savings } = SAMPLE_ACCOUNTS;
const LANGUAGES = ["1033", "1031", "1036", "3082", "1041", "1025"];

const suite = setUpBrowserSuite();

/** Every status badge that does not show whole: wider or taller than its box, or reaching out of its row. */
function clippedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("[data-session-id] > button:first-of-type"))
      .map((row) => {
        const badge = row.querySelector("[data-tone]") as HTMLElement;
        const badgeBox = badge.getBoundingClientRect();
        const rowBox = row.getBoundingClientRect();
        const whole = badge.scrollWidth <= badge.clientWidth && badge.scrollHeight <= badge.clientHeight;
        const inside = badgeBox.left >= rowBox.left && badgeBox.right <= rowBox.right;
        return whole && inside ? null : `${badge.textContent} beside "${row.querySelector("span")?.textContent?.slice(0, 40)}"`;
      })
      .filter((problem): problem is string => problem !== null),
  );
}

test("the list never grows past about its visible rows: it scrolls inside while the header stays in view", async () => {
  const { page, pageErrors } = await suite.openPage(`?record=${premier.id}&width=narrow`);
  const list = sessionList(page, premier.name);
  await waitForSessionCount(list, 25);
  const scroller = list.locator("xpath=..");
  const heading = page.getByRole("heading", { name: "Sessions", level: 2 });
  const headingBefore = await heading.boundingBox();

  const box = await scroller.evaluate((element) => ({ height: element.clientHeight, scrollHeight: element.scrollHeight, rowHeight: element.querySelector("[data-session-id]")?.getBoundingClientRect().height ?? 0 }));
  expect(box.height).toBeLessThanOrEqual(8 * 84);
  expect(box.height).toBeGreaterThan(5 * box.rowHeight);
  expect(box.scrollHeight).toBeGreaterThan(box.height);

  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await page.getByRole("button", { name: "Load more" }).waitFor();
  await expect(page.getByRole("button", { name: "Load more" }).isVisible()).resolves.toBe(true);
  expect(await heading.boundingBox()).toEqual(headingBefore);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("rows far from the ones in view skip rendering, block by block, until the list scrolls to them", async () => {
  const { page, pageErrors } = await suite.openPage(`?record=${premier.id}`);
  const list = sessionList(page, premier.name);
  for (const count of [25, 50, 75]) {
    await waitForSessionCount(list, count);
    // By keyboard, which aims at no point on the screen: the blocks here change height as they come into view
    // (content-visibility), and once, in a full run, the next page never came after a click.
    await page.getByRole("button", { name: "Load more" }).press("Enter");
  }
  await waitForSessionCount(list, 100);
  const scroller = list.locator("xpath=..");
  // checkVisibility with contentVisibilityAuto is false for an element whose rendering the browser skips.
  const rendered = (index: number) => sessionItems(list).nth(index).evaluate((row) => row.checkVisibility({ contentVisibilityAuto: true }));
  const scrollTo = async (end: "top" | "bottom") => {
    await scroller.evaluate((element, end) => element.scrollTo({ top: end === "top" ? 0 : element.scrollHeight }), end);
    await waitUntil(() => rendered(end === "top" ? 0 : 99), (shown) => shown);
  };

  await scrollTo("top");
  await expect(rendered(0)).resolves.toBe(true);
  await expect(rendered(99)).resolves.toBe(false);
  await scrollTo("bottom");
  await expect(rendered(99)).resolves.toBe(true);
  await expect(rendered(0)).resolves.toBe(false);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("a record's first page paints the rows in view first and the rows below the box's fold a frame later, every row in the list", async () => {
  const { page, pageErrors } = await suite.openPage(`?record=${savings.id}`);
  await page.getByText("No sessions yet").waitFor();
  // Frame by frame, from the first frame that holds the page's 25 rows: which rows the browser renders (checkVisibility
  // is false for an element whose rendering is skipped outright, content-visibility: hidden).
  await page.evaluate(() => {
    const frames: boolean[][] = [];
    (window as unknown as { renderedRowsByFrame: boolean[][] }).renderedRowsByFrame = frames;
    const watch = () => {
      const rows = Array.from(document.querySelectorAll("[data-session-id]"));
      if (rows.length >= 25) frames.push(rows.map((row) => row.checkVisibility()));
      if (frames.length < 5) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await chooseRecord(page, premier.name);
  const frames = await waitUntil(
    () => page.evaluate(() => (window as unknown as { renderedRowsByFrame: boolean[][] }).renderedRowsByFrame),
    (seen) => seen.length >= 5,
  );
  const rendered = (frame: boolean[]) => frame.map((shown, index) => (shown ? index : -1)).filter((index) => index >= 0);
  // The box is 8 rows of 84 px high (the default "Visible rows"), which 13 rows of the least height could fill.
  expect(rendered(frames[0])).toEqual(Array.from({ length: 13 }, (_, index) => index));
  expect(rendered(frames[frames.length - 1])).toHaveLength(25);

  const list = sessionList(page, premier.name);
  await expect(list.getByRole("listitem").count()).resolves.toBe(25);
  await sessionButtons(list).nth(24).focus();
  await expect(sessionButtons(list).nth(24).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("no row is shorter than the least height the first paint counts on to fill the box, in either width or any language", async () => {
  const { page, pageErrors } = await suite.openPage(`?record=${everyday.id}`);
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const heights: number[] = [];
  for (const width of ["wide", "narrow"]) {
    await page.getByLabel("Form width").selectOption(width);
    for (const language of LANGUAGES) {
      await page.getByLabel("Language").selectOption(language);
      await page.locator("[data-session-id]").nth(everyday.sessionCount - 1).waitFor();
      await settle(page);
      // Lay out every row, not only the ones in view.
      await page.locator("[data-session-id]").evaluateAll((items) =>
        items.forEach((item) => (item.parentElement as HTMLElement).style.setProperty("content-visibility", "visible")),
      );
      heights.push(...(await page.locator("[data-session-id] > button:first-of-type").evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height))));
    }
  }
  expect(heights).toHaveLength(2 * LANGUAGES.length * everyday.sessionCount);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT_PX);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("the status badge is never clipped beside a long subject in the narrow column, in any language", async () => {
  const { page, pageErrors } = await suite.openPage("?width=narrow");
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await expect(page.getByText(/^Customer reports several unrecognised card payments/).count()).resolves.toBe(1);

  for (const language of LANGUAGES) {
    await page.getByLabel("Language").selectOption(language);
    await page.locator("[data-session-id]").nth(everyday.sessionCount - 1).waitFor();
    await settle(page);
    const rows = await page.locator("[data-session-id] > button").evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().width));
    expect(Math.max(...rows)).toBeLessThanOrEqual(320);
    // Lay out every row, not only the ones in view (blocks of rows off screen skip layout).
    await page.locator("[data-session-id]").evaluateAll((items) =>
      items.forEach((item) => (item.parentElement as HTMLElement).style.setProperty("content-visibility", "visible")),
    );
    await expect(clippedBadges(page)).resolves.toEqual([]);
  }
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("sessions sit under the day they started; the arrow keys go from day to day and pass over the headings", async () => {
  const { page, pageErrors } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  // textContent, not innerText: blocks of rows out of view skip layout (content-visibility), and innerText needs layout.
  const headings = await list.getByRole("heading", { level: 3 }).allTextContents();
  expect(headings.length).toBeGreaterThan(2);
  expect(["Today", "Yesterday"]).toContain(headings[0]);
  expect(new Set(headings).size).toBe(headings.length);

  // The last session of the first day, then Down: the focus lands on the next day's first session.
  const firstDayRows = await sessionItems(list).evaluateAll((items) => items.findIndex((item, index) => index > 0 && item.querySelector("h3") !== null));
  const rows = sessionButtons(list);
  await rows.nth(firstDayRows - 1).focus();
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => ({
    day: document.activeElement?.getAttribute("aria-describedby"),
    heading: document.activeElement?.parentElement?.querySelector("h3")?.textContent ?? null,
    tag: document.activeElement?.tagName,
  }));
  expect(focused.tag).toBe("BUTTON");
  expect(focused.heading).toBe(headings[1]);
  await expect(rows.nth(firstDayRows).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
  await expect(page.locator(`[id="${focused.day}"]`).textContent()).resolves.toBe(headings[1]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
