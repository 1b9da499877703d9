/**
 * Failures through the workbench's fault injection (issue 8): throttling and brief outages heal by themselves with
 * at most two retries, then the agent gets the plain-words error with Retry. Counts and the history chart are turned
 * off where a test counts requests, so that only the list's requests consume the armed faults.
 */
import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { aggregateRequests, armNetworkFault, armSlowAnswer, armStatusFault, clearRequestLog, requestLog, waitForAggregateRequests } from "../../workbench/driver/emulator";
import type { LoggedRequest } from "../../workbench/driver/emulator";
import { chooseRecord, injectFault, sessionItems, sessionList, setMakerSetting, settle, waitForSessionCount, waitUntil } from "../../workbench/driver/hostPage";

const { everyday, premier, mortgage } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

function listRequests(log: readonly LoggedRequest[], method = "GET"): LoggedRequest[] {
  return log.filter((request) => request.method === method && request.url.includes("/msdyn_ocsessions?") && !request.url.includes("fetchXml="));
}

/** The everyday account loaded with counts and history off, and the request log emptied. */
async function openWithoutCounts(query = ""): Promise<Page> {
  const { page } = await suite.openPage(query);
  await setMakerSetting(page, "showCounts", "no");
  await setMakerSetting(page, "showHistory", "no");
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await clearRequestLog(suite.workbench);
  return page;
}

test.each([
  ["one 429 with Retry-After", () => armStatusFault(suite.workbench, 429, { retryAfterSeconds: 1 })],
  ["one 503", () => armStatusFault(suite.workbench, 503)],
  ["one dropped connection", () => armNetworkFault(suite.workbench)],
])("%s heals by itself: the list is loaded again with no click, telling the agent it is trying again", async (_fault, arm) => {
  const page = await openWithoutCounts();
  await arm();

  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Busy — trying again…").waitFor();
  await page.getByText("Busy — trying again…").waitFor({ state: "detached" });
  await expect(sessionItems(sessionList(page, everyday.name)).count()).resolves.toBe(everyday.sessionCount);
  await expect(page.getByText("Sessions could not be loaded").count()).resolves.toBe(0);
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(2);
  await page.close();
});

test("three 429s end in the error with Retry after exactly three requests, and Retry recovers", async () => {
  const page = await openWithoutCounts();
  await armStatusFault(suite.workbench, 429, { times: 3, retryAfterSeconds: 1 });

  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await page.getByText("The server is busy right now.", { exact: false }).waitFor();
  await settle(page, 2500);
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(3);
  await page.getByRole("button", { name: "Retry" }).click();
  // The rows from before the refresh stay shown through its failure: they prove nothing about Retry's request, so wait
  // for the request to reach the emulator and the error to go, then for anything more it might wrongly send.
  await waitUntil(async () => listRequests(await requestLog(suite.workbench)).length, (count) => count >= 4);
  await page.getByText("Sessions could not be loaded").waitFor({ state: "detached" });
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await settle(page, 1000);
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(4);
  await page.close();
});

test.each([
  ["500 Server error", 500],
  ["403 Forbidden", 403],
])("a %s is not retried: one request, then the error with Retry", async (_label, status) => {
  const page = await openWithoutCounts();
  await armStatusFault(suite.workbench, status as 500 | 403);

  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await settle(page, 1500);
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(1);
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await page.close();
});

test("a dropped connection three times in a row says the server could not be reached, and Retry recovers", async () => {
  const page = await openWithoutCounts();
  await armNetworkFault(suite.workbench, { times: 3 });

  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("The server could not be reached.", { exact: false }).waitFor();
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(3);
  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
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

test("a dropped connection worded as the offline client is told as no connection, not retried", async () => {
  const page = await openWithoutCounts();
  await armNetworkFault(suite.workbench, { wording: "offline" });

  await page.getByRole("button", { name: "Refresh" }).click();

  await page.getByText("Sessions could not be loaded").waitFor();
  await page.getByText("You're offline. Reconnect, then try again.", { exact: false }).waitFor();
  await page.getByText("UciError: This operation failed because you're offline. Reconnect and try again.", { exact: false }).waitFor();
  await expect(listRequests(await requestLog(suite.workbench))).toHaveLength(1);
  await page.close();
});

/** The everyday account loaded with counts and history on, the page quiet and the request log emptied. */
async function openWithCounts(): Promise<Page> {
  const { page } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await waitForAggregateRequests(suite.workbench);
  await clearRequestLog(suite.workbench);
  return page;
}

test("the counts and the chart are asked for only once the list shows the record's rows, never with the list", async () => {
  const page = await openWithCounts();
  await armSlowAnswer(suite.workbench, 1500);

  await chooseRecord(page, mortgage.name);
  await settle(page, 700);
  const whileTheListIsOnItsWay = await requestLog(suite.workbench);
  await waitForSessionCount(sessionList(page, mortgage.name), 25);
  await settle(page);

  expect(listRequests(whileTheListIsOnItsWay)).toHaveLength(1);
  expect(aggregateRequests(whileTheListIsOnItsWay)).toEqual([]);
  const aggregates = aggregateRequests(await requestLog(suite.workbench));
  expect(aggregates).toHaveLength(2);
  for (const request of aggregates) expect(decodeURIComponent(request.url)).toContain(mortgage.id);
  await page.close();
});

test("a list the server refuses sends no counts or chart to be refused the same way; Retry loads the list, then them", async () => {
  const page = await openWithCounts();
  await armStatusFault(suite.workbench, 403);

  await chooseRecord(page, mortgage.name);
  await page.getByText("Sessions could not be loaded").waitFor();
  await settle(page, 1000);
  await expect(aggregateRequests(await requestLog(suite.workbench))).toEqual([]);

  await page.getByRole("button", { name: "Retry" }).click();
  await waitForSessionCount(sessionList(page, mortgage.name), 25);
  await settle(page);
  await expect(aggregateRequests(await requestLog(suite.workbench))).toHaveLength(2);
  await page.close();
});

test("a slow answer overtaken by a record switch never replaces the newer record's sessions", async () => {
  const page = await openWithoutCounts();
  await armSlowAnswer(suite.workbench, 1500);
  await page.getByRole("button", { name: "Refresh" }).click();

  await chooseRecord(page, mortgage.name);

  const list = sessionList(page, mortgage.name);
  await waitForSessionCount(list, 1);
  await settle(page, 2000);
  await expect(sessionList(page, everyday.name).count()).resolves.toBe(0);
  await expect(list.isVisible()).resolves.toBe(true);
  await page.close();
});

test("a record switch (the old control destroyed) while a retry is pending cancels it: the old record's query is not sent again", async () => {
  const page = await openWithoutCounts();
  await armStatusFault(suite.workbench, 429, { retryAfterSeconds: 2 });
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.getByText("Busy — trying again…").waitFor();

  await chooseRecord(page, mortgage.name);
  await waitForSessionCount(sessionList(page, mortgage.name), 1);
  await settle(page, 3000);

  const everydayQueries = listRequests(await requestLog(suite.workbench)).filter((request) => decodeURIComponent(request.url).includes(everyday.id));
  expect(everydayQueries).toHaveLength(1);
  await page.close();
});

test("a double click on New session makes exactly one session, even on a fast server", async () => {
  const page = await openWithoutCounts();
  await setMakerSetting(page, "startMode", "directCreate");
  await clearRequestLog(suite.workbench);

  await page.getByRole("button", { name: "New session" }).dblclick();

  await page.getByRole("dialog", { name: /^Session: / }).waitFor();
  await settle(page, 500);
  expect((await requestLog(suite.workbench)).filter((request) => request.method === "POST")).toHaveLength(1);
  await page.close();
});
