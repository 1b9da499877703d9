/**
 * The 13-week history chart on the workbench, through the production bundle and the emulated Web API: one
 * FetchXML aggregate per load, a week chosen by keyboard that narrows the list on the server, failures that hide only
 * the chart, and the chart in dark, forced colours, right to left and a 240-pixel column.
 */
import type { Locator, Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { clearRequestLog, requestLog, setAggregateRecordLimit, waitForAggregateRequests } from "../../workbench/driver/emulator";
import type { LoggedRequest } from "../../workbench/driver/emulator";
import { chooseRecord, sessionList, settle, waitForSessionCount, waitUntil } from "../../workbench/driver/hostPage";
import { seriousAxeViolations } from "./support/axe";
import { setUpBrowserSuite } from "./support/browserSuite";

const { switcher, premier, everyday } = SAMPLE_ACCOUNTS;
const CHART = "Sessions per week, last 13 weeks";
const PAGE_SIZE = 25;

const suite = setUpBrowserSuite();

const sessionRequests = (log: readonly LoggedRequest[]) => log.filter((request) => request.method === "GET" && request.url.includes("/msdyn_ocsessions?"));
const isHistory = (request: LoggedRequest) => decodeURIComponent(request.url).includes("dategrouping");
const historyRequests = (log: readonly LoggedRequest[]) => sessionRequests(log).filter(isHistory);
const listRequests = (log: readonly LoggedRequest[]) => sessionRequests(log).filter((request) => !request.url.includes("fetchXml="));

function weeksOf(page: Page): Locator {
  return page.getByRole("group", { name: CHART }).getByRole("button");
}

async function openSwitcher(query = ""): Promise<Page> {
  const { page } = await suite.openPage(`?record=${switcher.id}${query}`);
  await waitForSessionCount(sessionList(page, switcher.name), PAGE_SIZE);
  await weeksOf(page).first().waitFor();
  return page;
}

/** The channel a week's accessible name lists first (the week's most frequent), or null for an empty week. */
function leadingChannel(name: string): string | null {
  return /— \d+ ([^,]+)/.exec(name)?.[1] ?? null;
}

test("the account that moved from chat to voice shows it at a glance: 13 weekly bars, chat before, voice since", async () => {
  const page = await openSwitcher();
  const names = await weeksOf(page).evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label") ?? ""));
  expect(names).toHaveLength(13);
  const leaders = names.map(leadingChannel);
  const count = (from: number, to: number, channel: string) => leaders.slice(from, to).filter((leader) => leader === channel).length;
  expect(count(0, 4, "Live chat")).toBeGreaterThan(count(0, 4, "Voice"));
  expect(count(6, 13, "Voice")).toBeGreaterThan(count(6, 13, "Live chat"));
  await expect(page.getByRole("list", { name: "Channels" }).textContent()).resolves.toMatch(/Voice.*Live chat|Live chat.*Voice/);
  const barHeights = await weeksOf(page).evaluateAll((buttons) => buttons.map((button) => button.querySelector("span")?.getBoundingClientRect().height ?? 0));
  expect(barHeights.filter((height) => height > 0).length).toBeGreaterThan(6);
  await page.close();
});

test("a form load makes three requests (list, counts, history); filters, search and Load more none for the history; Refresh one", async () => {
  const page = await openSwitcher();
  await settle(page, 500);
  const load = sessionRequests(await requestLog(suite.workbench));
  expect(load.length).toBeLessThanOrEqual(3);
  expect(load.filter(isHistory)).toHaveLength(1);
  expect(decodeURIComponent(load.filter(isHistory)[0].url)).toMatch(/operator="on-or-after" value="\d{4}-\d{2}-\d{2}"/);

  await clearRequestLog(suite.workbench);
  await page.getByRole("button", { name: "Load more" }).click();
  await waitForSessionCount(sessionList(page, switcher.name), 2 * PAGE_SIZE);
  await page.getByRole("radio", { name: /^Closed/ }).click();
  await page.getByRole("searchbox").fill("Card");
  await settle(page, 800);
  const log = await requestLog(suite.workbench);
  expect(listRequests(log).length).toBeGreaterThanOrEqual(3);
  expect(historyRequests(log)).toEqual([]);

  await clearRequestLog(suite.workbench);
  await page.getByRole("button", { name: "Refresh" }).click();
  await settle(page, 800);
  expect(historyRequests(await requestLog(suite.workbench))).toHaveLength(1);
  await page.close();
});

test("choosing a week by keyboard narrows the list to that week's createdon range on the server, and removing the filter ends it", async () => {
  const page = await openSwitcher();
  const names = await weeksOf(page).evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label") ?? ""));
  const target = names.map((name, index) => ({ index, total: Number(/: (\d+)/.exec(name)?.[1] ?? 0) })).filter((week) => week.index < 12 && week.total > 0).pop();
  expect(target).toBeDefined();
  await clearRequestLog(suite.workbench);

  await weeksOf(page).last().focus();
  for (let step = 12; step > (target?.index ?? 0); step--) await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");

  const chip = page.getByRole("button", { name: /^Remove filter: Week of/ });
  await chip.waitFor();
  await waitForSessionCount(sessionList(page, switcher.name), target?.total ?? 0);
  const narrowed = listRequests(await requestLog(suite.workbench)).pop();
  expect(decodeURIComponent(narrowed?.url ?? "")).toMatch(/createdon ge \d{4}-\d{2}-\d{2}T[\d:.]+Z and createdon lt \d{4}-\d{2}-\d{2}T[\d:.]+Z/);
  await expect(weeksOf(page).nth(target?.index ?? 0).getAttribute("aria-pressed")).resolves.toBe("true");

  await chip.click();
  await waitForSessionCount(sessionList(page, switcher.name), PAGE_SIZE);
  await expect(chip.count()).resolves.toBe(0);
  await page.close();
});

test("a failed history aggregate (the aggregate record limit) hides the chart and leaves the list alone", async () => {
  await setAggregateRecordLimit(suite.workbench, 10);
  const { page } = await suite.openPage(`?record=${premier.id}`);
  await waitForSessionCount(sessionList(page, premier.name), PAGE_SIZE);
  await waitUntil(async () => historyRequests(await requestLog(suite.workbench)).length, (count) => count >= 1);
  await settle(page, 800);
  await expect(page.getByRole("group", { name: CHART }).count()).resolves.toBe(0);
  await expect(page.getByText("Sessions could not be loaded").count()).resolves.toBe(0);
  await page.close();
});

test("an unsaved record asks no history", async () => {
  const { page } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await waitForAggregateRequests(suite.workbench);
  await clearRequestLog(suite.workbench);
  await chooseRecord(page, "New account (unsaved)");
  await page.getByText("Save this record to see its sessions and start a new one.").waitFor();
  await settle(page);
  expect(historyRequests(await requestLog(suite.workbench))).toEqual([]);
  await page.close();
});

test("in dark theme and a 240-pixel column the chart fits without horizontal scrolling, and axe finds nothing serious", async () => {
  const page = await openSwitcher("&theme=dark");
  await page.locator("#control-container").evaluate((container) => ((container as HTMLElement).style.width = "240px"));
  await settle(page, 300);
  const overflow = await page.locator("#control-container").evaluate((container) => {
    const chart = container.querySelector('[role="group"]') as HTMLElement;
    return { container: container.scrollWidth - container.clientWidth, chart: chart.scrollWidth - chart.clientWidth, width: chart.getBoundingClientRect().width };
  });
  expect(overflow.container).toBeLessThanOrEqual(0);
  expect(overflow.chart).toBeLessThanOrEqual(0);
  expect(overflow.width).toBeLessThanOrEqual(240);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});

test("in forced colours the bars stay visible and the series distinct without colour", async () => {
  const page = await openSwitcher();
  await page.emulateMedia({ forcedColors: "active" });
  const swatches = await page
    .getByRole("list", { name: "Channels" })
    .locator("li > span:first-child")
    .evaluateAll((spans) =>
      spans.map((span) => {
        const style = getComputedStyle(span);
        return { fill: `${style.backgroundColor} ${style.backgroundImage}`, outline: style.outlineStyle };
      }),
    );
  expect(swatches.length).toBeGreaterThan(1);
  expect(new Set(swatches.map((swatch) => swatch.fill)).size).toBe(swatches.length);
  expect(swatches.every((swatch) => swatch.outline === "solid")).toBe(true);
  await page.emulateMedia({ forcedColors: "none" });
  await page.close();
});

test("in Arabic time runs right to left: the oldest week on the right, the current one on the left", async () => {
  const page = await openSwitcher();
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "Arabic (1025)" });
  const chart = page.getByRole("group", { name: "الجلسات في كل أسبوع، آخر 13 أسبوعًا" });
  await chart.waitFor();
  const [oldest, current] = await Promise.all([chart.getByRole("button").first().boundingBox(), chart.getByRole("button").last().boundingBox()]);
  expect(oldest && current && oldest.x > current.x).toBe(true);
  await page.close();
});
