/** The list keeps itself current on return to the tab and, when the maker asks, by polling — nothing more. */
import { act, screen } from "@testing-library/react";
import { createMockPlatform } from "../fixtures/mockContext";
import { FRAME_MS } from "../fixtures/frames";
import { mountControl } from "../fixtures/mountControl";
import { pageOf, sessionRow } from "../fixtures/sessionRows";

const OPEN_SESSION = { statecode: 0, "statecode@OData.Community.Display.V1.FormattedValue": "Open", msdyn_state: 192350001, msdyn_sessionclosedon: null };

let visibility: DocumentVisibilityState = "visible";

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

async function advance(milliseconds: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(milliseconds);
  });
}

function listRequests(platform: ReturnType<typeof createMockPlatform>): number {
  return platform.retrieveMultipleRecords.mock.calls.length;
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date("2026-11-29T09:00:00Z") });
  visibility = "visible";
  jest.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
});
afterEach(() => jest.useRealTimers());

describe("coming back to the tab", () => {
  it("refreshes quietly when the list is more than a minute old, keeping the rows and showing no spinner", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await advance(0);
    setVisibility("hidden");
    await advance(5 * 60_000);
    expect(listRequests(platform)).toBe(1);
    setVisibility("visible");
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh" }).querySelector("[role=progressbar]")).toBeNull();
    await advance(FRAME_MS);
    expect(listRequests(platform)).toBe(2);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(2);
  });

  it("makes no request when the list is fresh", async () => {
    const platform = createMockPlatform();
    mountControl({}, platform);
    await advance(0);
    setVisibility("hidden");
    await advance(30_000);
    setVisibility("visible");
    await advance(0);
    expect(listRequests(platform)).toBe(1);
  });

  it("makes no request while the tab stays hidden, however long", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1, OPEN_SESSION)]));
    mountControl({ settings: { refreshInterval: 30 } }, platform);
    await advance(0);
    setVisibility("hidden");
    await advance(60 * 60_000);
    expect(listRequests(platform)).toBe(1);
  });
});

describe("refresh every N seconds", () => {
  it("polls while an open session is listed and the page is visible", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1, OPEN_SESSION)]));
    mountControl({ settings: { refreshInterval: 45 } }, platform);
    await advance(0);
    await advance(44_999);
    expect(listRequests(platform)).toBe(1);
    await advance(1);
    expect(listRequests(platform)).toBe(2);
    await advance(45_000);
    expect(listRequests(platform)).toBe(3);
  });

  it("does not poll when every listed session is closed", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1), sessionRow(2)]));
    mountControl({ settings: { refreshInterval: 30 } }, platform);
    await advance(10 * 60_000);
    expect(listRequests(platform)).toBe(1);
  });

  it("does not poll when the maker left it off", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1, OPEN_SESSION)]));
    mountControl({}, platform);
    await advance(10 * 60_000);
    expect(listRequests(platform)).toBe(1);
  });

  it("stops polling when the control is destroyed", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1, OPEN_SESSION)]));
    const { unmount, control } = mountControl({ settings: { refreshInterval: 30 } }, platform);
    await advance(0);
    act(() => control.destroy());
    unmount();
    await advance(10 * 60_000);
    expect(listRequests(platform)).toBe(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});
