/**
 * The 13-week history chart, alone (keyboard walk, accessible names) and through the real PCF class
 * (one aggregate per load, the week that narrows the list, failures that hide only the chart).
 */
import { createElement } from "react";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { SessionHistory } from "../../src/ui/history/SessionHistory";
import { windowWeekStarts } from "../../src/ui/history/historyWeeks";
import type { HistoryDayCount } from "../../src/model";
import { createMockPlatform } from "../fixtures/mockContext";
import { FRAME_MS } from "../fixtures/frames";
import { mountControl } from "../fixtures/mountControl";
import { fakeFormatter } from "../fixtures/formatter";
import { pageOf, sessionRow } from "../fixtures/sessionRows";
import { englishStrings, renderThemed } from "../fixtures/ui";

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const VOICE = 192370000;
const LIVE_CHAT = 192360000;
const SMS = 192390000;
const LABEL = "@OData.Community.Display.V1.FormattedValue";
const TODAY = "2026-11-04";

function renderChart(days: HistoryDayCount[], dir: "ltr" | "rtl" = "ltr", onCreatedRangeChange = jest.fn()) {
  const answer = { days, weekStarts: windowWeekStarts(dayOf(TODAY), 0) };
  renderThemed(
    <SessionHistory answer={answer} createdRange={null} onCreatedRangeChange={onCreatedRangeChange} channelOptionSet={null} strings={englishStrings} formatter={fakeFormatter()} />,
    { dir },
  );
  return { weeks: within(screen.getByRole("group", { name: "Sessions per week, last 13 weeks" })).getAllByRole("button"), onCreatedRangeChange };
}

const NOVEMBER: HistoryDayCount[] = [
  { day: dayOf("2026-11-03"), channel: VOICE, channelLabel: "Voice", count: 3 },
  { day: dayOf("2026-11-04"), channel: LIVE_CHAT, channelLabel: "Live chat", count: 2 },
  { day: dayOf("2026-10-27"), channel: LIVE_CHAT, channelLabel: "Live chat", count: 1 },
];

describe("the history chart", () => {
  it("names each week by its first day, its total and its channels", () => {
    const { weeks } = renderChart(NOVEMBER);
    expect(weeks).toHaveLength(13);
    expect(weeks[12]).toHaveAccessibleName("Week of 2026-11-01: 5 sessions — 3 Voice, 2 Live chat");
    expect(weeks[11]).toHaveAccessibleName("Week of 2026-10-25: 1 session — 1 Live chat");
    expect(weeks[0]).toHaveAccessibleName("Week of 2026-08-09: 0 sessions");
  });

  it("puts the channels beyond the three most frequent, and sessions without a channel, under Other", () => {
    const { weeks } = renderChart([
      ...NOVEMBER,
      { day: dayOf("2026-11-02"), channel: VOICE, channelLabel: "Voice", count: 1 },
      { day: dayOf("2026-11-02"), channel: SMS, channelLabel: "SMS", count: 2 },
      { day: dayOf("2026-11-02"), channel: 192380000, channelLabel: "Teams", count: 1 },
      { day: dayOf("2026-11-02"), channel: null, channelLabel: null, count: 1 },
    ]);
    expect(weeks[12]).toHaveAccessibleName("Week of 2026-11-01: 10 sessions — 4 Voice, 2 Live chat, 2 SMS, 2 Other");
    expect(screen.getByRole("list", { name: "Channels" })).toHaveTextContent("VoiceLive chatSMSOther");
  });

  it("is one tab stop, on the current week, and walks the weeks with the arrow keys, Home and End", () => {
    const { weeks } = renderChart(NOVEMBER);
    expect(weeks.filter((week) => week.tabIndex === 0)).toEqual([weeks[12]]);
    act(() => weeks[12].focus());
    fireEvent.keyDown(weeks[12], { key: "ArrowLeft" });
    expect(weeks[11]).toHaveFocus();
    expect(weeks.filter((week) => week.tabIndex === 0)).toEqual([weeks[11]]);
    fireEvent.keyDown(weeks[11], { key: "ArrowRight" });
    expect(weeks[12]).toHaveFocus();
    fireEvent.keyDown(weeks[12], { key: "ArrowRight" });
    expect(weeks[12]).toHaveFocus();
    fireEvent.keyDown(weeks[12], { key: "Home" });
    expect(weeks[0]).toHaveFocus();
    fireEvent.keyDown(weeks[0], { key: "ArrowLeft" });
    expect(weeks[0]).toHaveFocus();
    fireEvent.keyDown(weeks[0], { key: "End" });
    expect(weeks[12]).toHaveFocus();
  });

  it("runs time right to left in a right-to-left language: the left arrow goes to the later week", () => {
    const { weeks } = renderChart(NOVEMBER, "rtl");
    act(() => weeks[11].focus());
    fireEvent.keyDown(weeks[11], { key: "ArrowLeft" });
    expect(weeks[12]).toHaveFocus();
    fireEvent.keyDown(weeks[12], { key: "ArrowRight" });
    expect(weeks[11]).toHaveFocus();
  });

  it("chooses the week under a click (Enter and Space are the button's own)", () => {
    const { weeks, onCreatedRangeChange } = renderChart(NOVEMBER);
    fireEvent.click(weeks[11]);
    expect(onCreatedRangeChange).toHaveBeenCalledWith({ from: new Date(dayOf("2026-10-25") * DAY), to: new Date(dayOf("2026-11-01") * DAY) });
    expect(weeks[11].tagName).toBe("BUTTON");
  });
});

const historyRow = (iso: string, count: number, channel: number, label: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return { sessions: count, year, month, day, channel, [`channel${LABEL}`]: label };
};

/** By default one frame: the history is asked for after the next paint (useRecordLoad). */
async function advance(milliseconds = FRAME_MS): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(milliseconds);
  });
}

/** The list's first page, then the frame that paints it, after which the history is asked for and answered. */
async function load(): Promise<void> {
  await advance(0);
  await advance(FRAME_MS);
}

describe("the history through the control", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
  });
  afterEach(() => jest.useRealTimers());

  function platformWithHistory() {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1)]));
    platform.retrieveHistory.mockResolvedValue(pageOf([historyRow("2026-11-03", 3, VOICE, "Voice"), historyRow("2026-10-27", 2, LIVE_CHAT, "Live chat")]));
    return platform;
  }

  it("asks one aggregate on load, from the first day of the 13-week window", async () => {
    const platform = platformWithHistory();
    mountControl({}, platform);
    await load();
    expect(platform.retrieveHistory).toHaveBeenCalledTimes(1);
    expect(decodeURIComponent(platform.retrieveHistory.mock.calls[0][1] ?? "")).toContain('operator="on-or-after" value="2026-08-09"');
    expect(screen.getByRole("button", { name: "Week of 2026-11-01: 3 sessions — 3 Voice" })).toBeInTheDocument();
  });

  it("is asked for only after the rows have painted, so its answer never arrives while they render", async () => {
    const platform = platformWithHistory();
    mountControl({}, platform);
    await advance(0);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(platform.retrieveHistory).not.toHaveBeenCalled();
    await advance(FRAME_MS);
    expect(platform.retrieveHistory).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("group", { name: "Sessions per week, last 13 weeks" })).toBeInTheDocument();
  });

  it("narrows the list to the chosen week on the server, shows the removable week filter, and ends it on a second choice", async () => {
    const platform = platformWithHistory();
    mountControl({}, platform);
    await load();
    fireEvent.click(screen.getByRole("button", { name: /^Week of 2026-10-25/ }));
    await advance();
    const narrowed = platform.retrieveMultipleRecords.mock.calls[1][1] ?? "";
    expect(narrowed).toContain("createdon ge 2026-10-25T00:00:00.000Z and createdon lt 2026-11-01T00:00:00.000Z");
    expect(screen.getByRole("button", { name: "Remove filter: Week of 2026-10-25" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Week of 2026-10-25/ })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(screen.getByRole("button", { name: /^Week of 2026-10-25/ }));
    await advance();
    expect(platform.retrieveMultipleRecords.mock.calls[2][1]).not.toContain("createdon ge");
    expect(screen.queryByRole("button", { name: /^Remove filter/ })).not.toBeInTheDocument();
    expect(platform.retrieveHistory).toHaveBeenCalledTimes(1);
  });

  it("ends the week filter when it is removed", async () => {
    const platform = platformWithHistory();
    mountControl({}, platform);
    await load();
    fireEvent.click(screen.getByRole("button", { name: /^Week of 2026-11-01/ }));
    await advance();
    fireEvent.click(screen.getByRole("button", { name: "Remove filter: Week of 2026-11-01" }));
    await advance();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(3);
    expect(platform.retrieveMultipleRecords.mock.calls[2][1]).not.toContain("createdon ge");
  });

  it("ends the week filter with Clear filters when the week holds nothing the other filters allow", async () => {
    const platform = platformWithHistory();
    platform.retrieveMultipleRecords.mockImplementation((_table, options) => Promise.resolve(pageOf(options?.includes("createdon ge") ? [] : [sessionRow(1)])));
    mountControl({}, platform);
    await load();
    fireEvent.click(screen.getByRole("button", { name: /^Week of 2026-10-25/ }));
    await advance();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await advance();
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Remove filter/ })).not.toBeInTheDocument();
    expect(platform.retrieveMultipleRecords.mock.calls.at(-1)?.[1]).not.toContain("createdon ge");
  });

  it("is not asked again by filters or an unrelated updateView", async () => {
    const platform = platformWithHistory();
    const { update } = mountControl({}, platform);
    await load();
    fireEvent.click(screen.getByRole("radio", { name: /^Active/ }));
    await advance(1000);
    for (let change = 0; change < 5; change++) update({ isControlDisabled: change % 2 === 0 });
    await advance();
    expect(platform.retrieveHistory).toHaveBeenCalledTimes(1);
  });

  it("hides only the chart when the aggregate fails, the list stays", async () => {
    const platform = platformWithHistory();
    platform.retrieveHistory.mockRejectedValue({ errorCode: 0x8004e023, message: "AggregateQueryRecordLimit exceeded" });
    mountControl({}, platform);
    await load();
    await advance(10_000);
    expect(platform.retrieveHistory).toHaveBeenCalled();
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Sessions per week, last 13 weeks" })).not.toBeInTheDocument();
  });

  it("says so in one quiet line when the window holds no session", async () => {
    const platform = platformWithHistory();
    platform.retrieveHistory.mockResolvedValue(pageOf([]));
    mountControl({}, platform);
    await load();
    expect(screen.getByText("No sessions in the last 13 weeks.")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Sessions per week, last 13 weeks" })).not.toBeInTheDocument();
  });

  it("still shows with counts turned off, and asks nothing when the maker turned it off", async () => {
    const shown = platformWithHistory();
    mountControl({ settings: { showCounts: "no" } }, shown);
    await load();
    expect(screen.getByRole("group", { name: "Sessions per week, last 13 weeks" })).toBeInTheDocument();
    const off = platformWithHistory();
    mountControl({ settings: { showHistory: "no" } }, off);
    await load();
    expect(off.retrieveHistory).not.toHaveBeenCalled();
  });
});
