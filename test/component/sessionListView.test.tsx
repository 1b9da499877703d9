import * as React from "react";
import { createElement } from "react";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Session } from "../../src/model";
import type { MorePagesState } from "../../src/ui/list/sessionListState";
import { ROW_HEIGHT_PX } from "../../src/ui/list/rowHeights";
import { SessionListView } from "../../src/ui/list/SessionListView";
import { fakeFormatter } from "../fixtures/formatter";
import { runningSession, session } from "../fixtures/sessions";
import { paintFakeFrame } from "../fixtures/frames";
import { axeViolations, englishStrings, renderThemed } from "../fixtures/ui";

const NOW = new Date("2026-11-28T12:00:00Z");
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MINUTE);

const SESSIONS: Session[] = [
  runningSession(1, ago(12), { subject: "Card blocked" }),
  session(2, { startedOn: ago(30), subject: "Address change" }),
  session(3, { startedOn: ago(13 * 60), subject: "Loan quote" }),
  session(4, { startedOn: ago(14 * 60), subject: "Statement copy" }),
  session(5, { startedOn: ago(3 * 24 * 60), subject: "Overdraft fee" }),
  session(6, { startedOn: null, subject: "Imported" }),
];

function renderList(overrides: Partial<React.ComponentProps<typeof SessionListView>> = {}) {
  const props = {
    label: "Sessions regarding Contoso",
    sessions: SESSIONS,
    hasMore: false,
    more: { status: "idle" } as MorePagesState,
    visibleRows: 8,
    strings: englishStrings,
    formatter: fakeFormatter(),
    onOpen: jest.fn(),
    onOpenConversation: jest.fn(),
    onLoadMore: jest.fn(),
    ...overrides,
  };
  return { props, ...renderThemed(<SessionListView {...props} />) };
}

const rowButton = (subject: string) => screen.getByRole("button", { name: new RegExp(`^${subject}`) });

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});

afterEach(() => {
  jest.useRealTimers();
});

describe("the session list's days", () => {
  it("puts the sessions under Today, Yesterday, their date, and an unknown day last", () => {
    renderList();
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Today",
      "Yesterday",
      "2026-11-25",
      "Start date unknown",
    ]);
    const items = within(screen.getByRole("list", { name: "Sessions regarding Contoso" })).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-session-id"))).toEqual(SESSIONS.map((each) => each.id));
  });

  it("describes each session by its day, since arrow keys skip the headings", () => {
    renderList();
    expect(rowButton("Card blocked")).toHaveAccessibleDescription("Today");
    expect(rowButton("Address change")).toHaveAccessibleDescription("Today");
    expect(rowButton("Statement copy")).toHaveAccessibleDescription("Yesterday");
    expect(rowButton("Imported")).toHaveAccessibleDescription("Start date unknown");
  });

  it("shows the exact start time in the row and the full date and time on hover", () => {
    renderList();
    const timing = within(rowButton("Statement copy")).getByText(/^Started 22:00/);
    expect(timing).toHaveTextContent("Started 22:00 · Lasted 12 min");
    expect(timing).toHaveAttribute("title", "2026-11-27T22:00:00.000Z");
  });

  it("tells how long ago today's sessions started, and a running session how long it has been running", () => {
    renderList();
    expect(rowButton("Address change")).toHaveTextContent("Started 11:30 · 30 min ago · Lasted 12 min");
    expect(rowButton("Card blocked")).toHaveTextContent("Started 11:48 · Running for 12 min");
    expect(rowButton("Loan quote")).not.toHaveTextContent("ago");
  });

  it("holds only phrasing content in a row's button (its status badge is no div)", () => {
    renderList();
    const button = rowButton("Card blocked");
    expect(within(button).getByText("Active")).toBeInTheDocument();
    expect(button.querySelectorAll("div, p, h1, h2, h3, h4, h5, h6, ul, ol, li, section")).toHaveLength(0);
  });

  it("has no heading or row that axe objects to", async () => {
    jest.useRealTimers();
    const { container } = renderList();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the minute clock", () => {
  it("ticks every minute with one timer for the whole list, and only the rows that tell time render again", async () => {
    const formatter = fakeFormatter();
    const time = jest.spyOn(formatter, "time");
    const many = [...SESSIONS, ...Array.from({ length: 40 }, (_, index) => session(100 + index, { startedOn: ago((5 + index) * 24 * 60) }))];
    renderList({ sessions: many, formatter });
    await paintFakeFrame();
    expect(jest.getTimerCount()).toBe(1);
    time.mockClear();
    act(() => {
      jest.advanceTimersByTime(MINUTE);
    });
    expect(rowButton("Card blocked")).toHaveTextContent("Running for 13 min");
    expect(rowButton("Address change")).toHaveTextContent("31 min ago");
    // The running session and today's closed one; yesterday's, older and undated rows keep their render.
    expect(time).toHaveBeenCalledTimes(2);
  });

  it("moves a session from Today to Yesterday at the user's midnight", () => {
    jest.setSystemTime(new Date("2026-11-28T23:59:30Z"));
    renderList({ sessions: [session(1, { startedOn: new Date("2026-11-28T20:00:00Z"), subject: "Evening call" })] });
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Today");
    act(() => {
      jest.advanceTimersByTime(MINUTE);
    });
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Yesterday");
  });

  it("skips the ticks while the browser tab is hidden and catches up when the agent comes back", () => {
    let visibility: DocumentVisibilityState = "hidden";
    jest.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
    renderList();
    act(() => {
      jest.advanceTimersByTime(5 * MINUTE);
    });
    expect(rowButton("Card blocked")).toHaveTextContent("Running for 12 min");
    visibility = "visible";
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(rowButton("Card blocked")).toHaveTextContent("Running for 17 min");
  });

  it("stops its timer when the list goes away", () => {
    const { unmount } = renderList();
    expect(jest.getTimerCount()).toBe(1);
    unmount();
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe("the bounded, scrolling list", () => {
  it("is about the maker's visible rows high and scrolls inside", () => {
    renderList({ visibleRows: 5 });
    const scroller = screen.getByRole("list").parentElement as HTMLElement;
    expect(scroller.style.maxHeight).toBe(`${5 * ROW_HEIGHT_PX}px`);
  });

  describe("blocks below the box's fold", () => {
    const many = Array.from({ length: 46 }, (_, index) => session(100 + index, { startedOn: ago((5 + index) * 24 * 60) }));
    /**
     * Each block of rows as its first row's index and the rendering it is given: "hidden" skips it, "visible" renders
     * it, "auto" (the block's class) leaves it to the browser, which decides by the block's distance from the view.
     */
    const blocks = () => {
      const items = screen.getAllByRole("listitem");
      return items
        .map((item, index) => ({ item, index }))
        .filter(({ item, index }) => index === 0 || item.parentElement !== items[index - 1].parentElement)
        .map(({ item, index }) => `${index} ${(item.parentElement as HTMLElement).style.getPropertyValue("content-visibility") || "auto"}`);
    };

    it("skip rendering until the list has painted; the first block holds every row that can show in the box", async () => {
      // 8 visible rows of 84 px: 672 px, which 13 rows of the least height (54 px) could fill.
      renderList({ sessions: many, visibleRows: 8 });
      expect(screen.getAllByRole("listitem")).toHaveLength(46);
      expect(blocks()).toEqual(["0 visible", "13 hidden", "29 hidden", "45 hidden"]);
      await paintFakeFrame();
      expect(blocks()).toEqual(["0 auto", "13 auto", "29 auto", "45 auto"]);
      expect(screen.getAllByRole("listitem")).toHaveLength(46);
    });

    it("start lower in a taller box", async () => {
      // 12 visible rows: 1,008 px, up to 19 rows.
      renderList({ sessions: many, visibleRows: 12 });
      expect(blocks()).toEqual(["0 visible", "19 hidden", "35 hidden"]);
      await paintFakeFrame();
      expect(blocks()).toEqual(["0 auto", "19 auto", "35 auto"]);
    });

    it("stay shown when rows are added after the first paint, and a list that fits above the fold sets no timer", () => {
      const { rerender, props } = renderList({ sessions: many.slice(0, 13) });
      expect(blocks()).toEqual(["0 auto"]);
      expect(jest.getTimerCount()).toBe(1);
      rerender(<SessionListView {...props} sessions={many} />);
      expect(blocks()).toEqual(["0 auto", "13 auto", "29 auto", "45 auto"]);
    });

    it("stop waiting, without a state update, when the list goes before its paint", () => {
      const { unmount } = renderList({ sessions: many });
      unmount();
      // test/setup.ts fails the test on React's warning about an update to an unmounted component.
      act(() => void jest.advanceTimersByTime(MINUTE));
      expect(jest.getTimerCount()).toBe(0);
    });
  });

  it("offers Load more at the end of the list, inside the scrolling box", async () => {
    jest.useRealTimers();
    const { props } = renderList({ hasMore: true });
    const loadMore = screen.getByRole("button", { name: "Load more" });
    expect(screen.getByRole("list").parentElement).toContainElement(loadMore);
    await userEvent.click(loadMore);
    expect(props.onLoadMore).toHaveBeenCalledTimes(1);
  });

  it("moves with Up, Down, Home and End from day to day, never stopping on a heading", async () => {
    jest.useRealTimers();
    renderList();
    rowButton("Address change").focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(rowButton("Loan quote")).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}{ArrowUp}");
    expect(rowButton("Card blocked")).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(rowButton("Imported")).toHaveFocus();
    await userEvent.keyboard("{Home}");
    expect(rowButton("Card blocked")).toHaveFocus();
  });

  it("opens a session on click", async () => {
    jest.useRealTimers();
    const { props } = renderList();
    await userEvent.click(rowButton("Loan quote"));
    expect(props.onOpen).toHaveBeenCalledWith(SESSIONS[2].id);
  });
});
