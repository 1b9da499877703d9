/** Refreshing a list that has more pages: Load more and a refresh never undo each other. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import { mountControl } from "../fixtures/mountControl";
import { pageOf, sessionRow, sessionRows } from "../fixtures/sessionRows";

type Page = ComponentFramework.WebApi.RetrieveMultipleResponse;

const ORG = "https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions";
const AFTER_FIRST_PAGE = `${ORG}?$select=subject&$skiptoken=after-first-page`;
const AFTER_REFRESHED_PAGE = `${ORG}?$select=subject&$skiptoken=after-refreshed-page`;

async function advance(milliseconds: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(milliseconds);
  });
}

function shownIds(): (string | null)[] {
  return screen.getAllByRole("listitem").map((item) => item.getAttribute("data-session-id"));
}

function refreshSpinner(): Element | null {
  return screen.getByRole("button", { name: "Refresh" }).querySelector("[role=progressbar]");
}

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  // React's scheduler runs effects on a timer, a fake one here: let what it has pending run before the real timers
  // come back, or it stays pending for good and the next test's effects wait for a render (its poll would start late).
  await act(async () => {
    await jest.runOnlyPendingTimersAsync();
  });
  jest.useRealTimers();
});

describe("Load more while the agent's Refresh is under way", () => {
  it("lets the refresh finish, then loads the page after the refreshed first page", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(sessionRows(1, 5), AFTER_FIRST_PAGE));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await advance(0);
    const refreshed = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(refreshed.promise);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("status", { name: "Loading more sessions" })).toBeInTheDocument();

    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(sessionRows(5, 5)));
    refreshed.resolve(pageOf(sessionRows(0, 5), AFTER_REFRESHED_PAGE));
    await advance(0);

    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith("msdyn_ocsession", "?$select=subject&$skiptoken=after-refreshed-page", 5);
    expect(shownIds()).toEqual(sessionRows(0, 10).map((row) => row.activityid));
    expect(refreshSpinner()).toBeNull();
    expect(screen.queryByRole("status", { name: "Loading more sessions" })).not.toBeInTheDocument();
  });

  it("offers Load more again, from the rows still shown, when the refresh fails", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(sessionRows(1, 5), AFTER_FIRST_PAGE));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await advance(0);
    platform.retrieveMultipleRecords.mockRejectedValueOnce({ errorCode: 0x80040216, message: "An unexpected error occurred." });
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    expect(refreshSpinner()).toBeNull();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(6)]));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith("msdyn_ocsession", "?$select=subject&$skiptoken=after-first-page", 5);
    expect(shownIds()).toEqual([...sessionRows(1, 5), sessionRow(6)].map((row) => row.activityid));
  });
});

describe("a quiet refresh of a list the agent paged through", () => {
  const OPEN = { statecode: 0, "statecode@OData.Community.Display.V1.FormattedValue": "Open", msdyn_state: 192350001, msdyn_sessionclosedon: null };
  const AFTER_SECOND_PAGE = `${ORG}?$select=subject&$skiptoken=after-second-page`;
  const firstPage = () => [sessionRow(1, OPEN), ...sessionRows(2, 4)];

  async function showTwoPages(platform: ReturnType<typeof createMockPlatform>): Promise<void> {
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(firstPage(), AFTER_FIRST_PAGE)).mockResolvedValueOnce(pageOf(sessionRows(6, 5), AFTER_SECOND_PAGE));
    mountControl({ settings: { pageSize: 5, refreshInterval: 30 } }, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
  }

  async function showFirstPageUntilJustBeforeAPoll(): Promise<ReturnType<typeof createMockPlatform>> {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(firstPage(), AFTER_FIRST_PAGE));
    mountControl({ settings: { pageSize: 5, refreshInterval: 30 } }, platform);
    await advance(29_000);
    return platform;
  }

  it("keeps every loaded page, puts new sessions on top, and Load more continues after the last row shown", async () => {
    const platform = createMockPlatform();
    await showTwoPages(platform);
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(0), ...firstPage().slice(0, 4)], AFTER_REFRESHED_PAGE));
    await advance(30_000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
    expect(shownIds()).toEqual(sessionRows(0, 11).map((row) => row.activityid));

    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(11)]));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith("msdyn_ocsession", "?$select=subject&$skiptoken=after-second-page", 5);
    expect(shownIds()).toEqual(sessionRows(0, 12).map((row) => row.activityid));
  });

  it("reads every loaded row again in one request, so a row beyond the first page shows its status as it is now", async () => {
    const platform = createMockPlatform();
    const openSeven = sessionRow(7, { ...OPEN, "msdyn_state@OData.Community.Display.V1.FormattedValue": "Active" });
    platform.retrieveMultipleRecords
      .mockResolvedValueOnce(pageOf(firstPage(), AFTER_FIRST_PAGE))
      .mockResolvedValueOnce(pageOf([...sessionRows(6, 1), openSeven, ...sessionRows(8, 3)], AFTER_SECOND_PAGE));
    mountControl({ settings: { pageSize: 5, refreshInterval: 30 } }, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    const row = () => within(document.querySelector(`[data-session-id="${String(openSeven.activityid)}"]`) as HTMLElement);
    expect(row().getByText("Active")).toBeInTheDocument();

    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([...firstPage(), ...sessionRows(6, 5)], AFTER_SECOND_PAGE));
    await advance(30_000);

    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith("msdyn_ocsession", platform.retrieveMultipleRecords.mock.calls[0][1], 10);
    expect(shownIds()).toEqual(sessionRows(1, 10).map((row) => row.activityid));
    expect(row().getByText("Completed")).toBeInTheDocument();
    expect(row().queryByText("Active")).not.toBeInTheDocument();
  });

  it("reads the first page alone again, in one request of one page, when only it is loaded", async () => {
    const platform = await showFirstPageUntilJustBeforeAPoll();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(firstPage(), AFTER_FIRST_PAGE));
    await advance(1000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith("msdyn_ocsession", platform.retrieveMultipleRecords.mock.calls[0][1], 5);
  });

  it("lets a Load more under way finish instead of cancelling it", async () => {
    const platform = await showFirstPageUntilJustBeforeAPoll();
    const more = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(more.promise).mockResolvedValueOnce(pageOf([sessionRow(0), ...firstPage().slice(0, 4)], AFTER_REFRESHED_PAGE));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(1000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
    more.resolve(pageOf(sessionRows(6, 5)));
    await advance(0);
    expect(shownIds()).toEqual(sessionRows(0, 11).map((row) => row.activityid));
    expect(screen.queryByRole("status", { name: "Loading more sessions" })).not.toBeInTheDocument();
  });

  it("sends nothing of its own while the agent's Refresh is under way", async () => {
    const platform = await showFirstPageUntilJustBeforeAPoll();
    const refreshed = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(refreshed.promise);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await advance(1000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    refreshed.resolve(pageOf(firstPage(), AFTER_FIRST_PAGE));
    await advance(0);
    expect(refreshSpinner()).toBeNull();
  });

  it("counts nothing of its own while the agent's Refresh is still counting", async () => {
    const platform = await showFirstPageUntilJustBeforeAPoll();
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
    const counted = deferred<Page>();
    platform.retrieveAggregate.mockReturnValueOnce(counted.promise);
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf(firstPage(), AFTER_FIRST_PAGE));
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await advance(1000);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(2);
    counted.resolve(pageOf([]));
    await advance(0);
    expect(refreshSpinner()).toBeNull();
  });
});
