/**
 * Issue 8 through the real PCF class: retries that heal, give up, and stop with a newer request or destroy();
 * counts that fail without hiding the list; creates that are never repeated and never doubled.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import { FRAME_MS } from "../fixtures/frames";
import { mountControl } from "../fixtures/mountControl";
import { ACCOUNT_ID, pageOf, sessionRow } from "../fixtures/sessionRows";

const OTHER_ACCOUNT = "8d4e6f20-1c3b-4a59-b7e8-2f9a0b1c2d52";
const THROTTLED = { errorCode: 0x80072322, message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds." };

async function advance(milliseconds: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(milliseconds);
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("a throttled or briefly unavailable list", () => {
  it("heals by itself after one 429, saying it is trying again meanwhile", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce(THROTTLED).mockResolvedValueOnce(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await advance(0);
    expect(screen.getByText("Busy — trying again…")).toBeInTheDocument();
    await advance(1000);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(screen.queryByText("Busy — trying again…")).not.toBeInTheDocument();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords.mock.calls[1]).toEqual(platform.retrieveMultipleRecords.mock.calls[0]);
  });

  it.each([
    [{ errorCode: 503, message: "Service Unavailable" }],
    [{ errorCode: 504, message: "Gateway Timeout" }],
    [new TypeError("Failed to fetch")],
  ])("heals by itself after %p", async (failure) => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce(failure).mockResolvedValueOnce(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await advance(1000);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
  });

  it("gives up after three requests with the plain-words error and Retry, and then stays quiet", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValue(THROTTLED);
    mountControl({}, platform);
    await advance(3000);
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getByText(/The server is busy right now\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    await advance(60_000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
  });

  it("never retries a forbidden list", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValue({ errorCode: 0x80040220, message: "Missing prvReadmsdyn_ocsession" });
    mountControl({}, platform);
    await advance(60_000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/You don't have permission/)).toBeInTheDocument();
  });

  it("cancels the pending retry when the record changes, and queries only the new record from then on", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce(THROTTLED).mockResolvedValue(pageOf([sessionRow(2)]));
    const { update } = mountControl({}, platform);
    await advance(100);
    update({ record: { entityId: OTHER_ACCOUNT, entityTypeName: "sample_bankaccount", entityRecordName: "Fabrikam" } });
    await advance(60_000);
    const queried = platform.retrieveMultipleRecords.mock.calls.map(([, options]) => options ?? "");
    expect(queried.filter((options) => options.includes(ACCOUNT_ID))).toHaveLength(1);
    expect(queried.filter((options) => options.includes(OTHER_ACCOUNT))).toHaveLength(1);
    expect(screen.getByText("Session 2")).toBeInTheDocument();
  });

  it("leaves no timer behind and sends nothing more after destroy() during a retry", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValue(THROTTLED);
    const { control } = mountControl({ settings: { showCounts: "no" } }, platform);
    await advance(100);
    expect(jest.getTimerCount()).toBe(1);
    act(() => control.destroy());
    expect(jest.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("retries a throttled Load more and keeps the rows meanwhile", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockResolvedValueOnce(pageOf([sessionRow(1)], "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=2"))
      .mockRejectedValueOnce(THROTTLED)
      .mockResolvedValueOnce(pageOf([sessionRow(2)]));
    mountControl({}, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await advance(0);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    await advance(1000);
    expect(screen.getByText("Session 2")).toBeInTheDocument();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
  });
});

describe("the counts", () => {
  it("are one aggregate query on load, retried when throttled, and never hold the list up", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    platform.retrieveAggregate.mockRejectedValueOnce(THROTTLED).mockResolvedValueOnce(pageOf([{ sessions: 1, state: 1 }]));
    mountControl({}, platform);
    await advance(0);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    // Asked for after the frame that paints the rows.
    await advance(FRAME_MS);
    await advance(1000);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("that fail for good leave the list on screen", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    platform.retrieveAggregate.mockRejectedValue({ errorCode: 0x8004e023, message: "AggregateQueryRecordLimit exceeded" });
    mountControl({}, platform);
    await advance(0);
    await advance(10_000);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(screen.queryByText("Sessions could not be loaded")).not.toBeInTheDocument();
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
  });

  it("are not queried when the maker turned them off", async () => {
    const platform = createMockPlatform();
    mountControl({ settings: { showCounts: "no" } }, platform);
    await advance(0);
    expect(platform.retrieveAggregate).not.toHaveBeenCalled();
  });

  it("make a load at most two requests (list and counts), and an unrelated updateView none", async () => {
    const platform = createMockPlatform();
    const { update } = mountControl({}, platform);
    await advance(0);
    for (let change = 0; change < 20; change++) update({ isControlDisabled: change % 2 === 0 });
    await advance(FRAME_MS);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
  });

  it("are not asked for while the list fails (nothing more to fail the same way), and are once Retry loads it", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce({ errorCode: 0x80040220, message: "Principal user is missing prvReadmsdyn_ocsession privilege" });
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await advance(0);
    await advance(60_000);
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(platform.retrieveAggregate).not.toHaveBeenCalled();
    expect(platform.retrieveHistory).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await advance(0);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    await advance(FRAME_MS);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
    expect(platform.retrieveHistory).toHaveBeenCalledTimes(1);
  });

  it("of another record are asked for once the list shows that record's rows, never with the last record's", async () => {
    const platform = createMockPlatform();
    const otherRecord = deferred<ComponentFramework.WebApi.RetrieveMultipleResponse>();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)])).mockReturnValueOnce(otherRecord.promise);
    const { update } = mountControl({}, platform);
    await advance(0);
    await advance(FRAME_MS);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
    update({ record: { entityId: OTHER_ACCOUNT, entityTypeName: "sample_bankaccount", entityRecordName: "Fabrikam" } });
    await advance(0);
    await advance(FRAME_MS);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
    otherRecord.resolve(pageOf([sessionRow(2)]));
    await advance(0);
    await advance(FRAME_MS);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(2);
    expect(decodeURIComponent(platform.retrieveAggregate.mock.calls[1][1] ?? "")).toContain(OTHER_ACCOUNT);
  });
});

describe("starting a session, never twice", () => {
  it("never repeats a throttled create", async () => {
    const platform = createMockPlatform();
    platform.createRecord.mockRejectedValue(THROTTLED);
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    await advance(60_000);
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
  });

  it("finds a session whose create answer was lost, instead of offering to make another", async () => {
    const platform = createMockPlatform();
    platform.createRecord.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    platform.retrieveMultipleRecords.mockImplementation((_table, options) =>
      Promise.resolve(options?.includes("$filter=activityid eq") ? pageOf([{ activityid: "x" }]) : pageOf([sessionRow(0, { subject: "Made after all" })])),
    );
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    // The reload includes the counts and history, asked for after the next frame.
    await advance(FRAME_MS);
    const createdId = (platform.createRecord.mock.calls[0][1] as { activityid: string }).activityid;
    const lookup = platform.retrieveMultipleRecords.mock.calls.find(([, options]) => options?.includes("$filter=activityid eq"));
    expect(lookup?.[1]).toBe(`?$select=activityid&$filter=activityid eq ${createdId}`);
    expect(screen.queryByText("The session could not be started")).not.toBeInTheDocument();
    expect(screen.getByText("Made after all")).toBeInTheDocument();
    expect(platform.openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocsession", entityId: createdId, openInNewWindow: false });
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
  });

  it("offers to try again when the lost create made nothing", async () => {
    const platform = createMockPlatform();
    platform.createRecord.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    await advance(0);
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
    expect(platform.openForm).not.toHaveBeenCalled();
  });

  function lookups(platform: ReturnType<typeof createMockPlatform>): number {
    return platform.retrieveMultipleRecords.mock.calls.filter(([, options]) => options?.includes("$filter=activityid eq")).length;
  }

  /** Clicks New session for a direct create that fails so, and waits out any retries. */
  async function startWhileTheCreateFails(failure: unknown): Promise<ReturnType<typeof createMockPlatform>> {
    const platform = createMockPlatform();
    platform.createRecord.mockRejectedValueOnce(failure);
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    await advance(60_000);
    return platform;
  }

  const BANK_ACCOUNT_METADATA_FAILURES: [string, ComponentFramework.PropertyHelper.EntityMetadata | Error][] = [
    ["cannot be read", new TypeError("Failed to fetch")],
    ["names no entity set", { LogicalName: "sample_bankaccount" }],
  ];

  it.each(BANK_ACCOUNT_METADATA_FAILURES)("never looks the session up when no create was sent: the account's metadata %s", async (_case, answer) => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    platform.getEntityMetadata.mockImplementation((entityName) =>
      entityName === "sample_bankaccount" ? (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)) : Promise.resolve({ EntitySetName: "msdyn_ocsessions" }),
    );
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    await advance(60_000);
    expect(platform.createRecord).not.toHaveBeenCalled();
    expect(lookups(platform)).toBe(0);
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
  });

  it.each([
    ["a bad request", { errorCode: 0x80040203, message: "Invalid argument." }],
    ["a missing privilege", { errorCode: 0x80040220, message: "Missing prvCreatemsdyn_ocsession" }],
    ["throttling", THROTTLED],
  ])("never looks the session up when the server refused the create with %s", async (_case, refusal) => {
    const platform = await startWhileTheCreateFails(refusal);
    expect(lookups(platform)).toBe(0);
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
  });

  it.each([
    ["503", { errorCode: 503, message: "Service Unavailable" }],
    ["504", { errorCode: 504, message: "Gateway Timeout" }],
    ["a failure without an error code", { message: "The operation timed out." }],
  ])("looks the session up once after a create that may have been carried out: %s", async (_case, failure) => {
    const platform = await startWhileTheCreateFails(failure);
    expect(lookups(platform)).toBe(1);
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
  });

  it("ignores New session while the new session is still being listed", async () => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await advance(0);
    const listing = deferred<ComponentFramework.WebApi.RetrieveMultipleResponse>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(listing.promise);
    const button = screen.getByRole("button", { name: "New session" });
    fireEvent.click(button);
    await advance(0);
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: "Enter" });
    await advance(0);
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
    listing.resolve(pageOf([sessionRow(0)]));
    await advance(FRAME_MS);
    expect(button).toBeEnabled();
  });
});
