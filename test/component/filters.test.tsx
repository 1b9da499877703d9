import { createElement, Fragment } from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import type { StatusChoice as Status } from "../../src/model";
import { ChannelFilter } from "../../src/ui/filters/ChannelFilter";
import { CountSummary } from "../../src/ui/counts/CountSummary";
import { FilterBar } from "../../src/ui/filters/FilterBar";
import { EmptyState } from "../../src/ui/feedback/EmptyState";
import { nextIndex } from "../../src/ui/arrowKeys";
import { StatusFilter } from "../../src/ui/filters/StatusFilter";
import { SubjectSearch } from "../../src/ui/filters/SubjectSearch";
import { fakeFormatter } from "../fixtures/formatter";
import { Controlled, axeViolations, englishStrings, renderThemed, stringsOf } from "../fixtures/ui";

const formatter = fakeFormatter();
const VOICE = 192370000;
const LIVE_CHAT = 192360000;
const SMS = 192340000;
const STATUS_OPTIONS = [
  { value: "all" as const, count: 40 },
  { value: "active" as const, count: 3 },
  { value: "closed" as const, count: 37 },
];
const CHANNEL_OPTIONS = [
  { value: LIVE_CHAT, label: "Live chat", count: 12 },
  { value: SMS, label: "SMS", count: null },
  { value: VOICE, label: "Voice", count: 28 },
];

function StatefulStatus({ onChange, initial = "all" }: { onChange: (value: Status) => void; initial?: Status }) {
  return (
    <Controlled
      initial={initial}
      onChange={onChange}
      render={(value, change) => <StatusFilter options={STATUS_OPTIONS} value={value} strings={englishStrings} formatter={formatter} onChange={change} />}
    />
  );
}

function StatefulChannels({ onChange }: { onChange: (selected: number[]) => void }) {
  return (
    <Controlled
      initial={[] as number[]}
      onChange={onChange}
      render={(selected, change) => <ChannelFilter options={CHANNEL_OPTIONS} selected={selected} strings={englishStrings} formatter={formatter} onChange={change} />}
    />
  );
}

describe("StatusFilter", () => {
  it("is a labelled radio group of All, Active and Closed with their counts", () => {
    renderThemed(<StatefulStatus onChange={jest.fn()} />);
    const group = screen.getByRole("radiogroup", { name: "Filter by status" });
    expect(within(group).getAllByRole("radio").map((radio) => radio.textContent)).toEqual(["All 40", "Active 3", "Closed 37"]);
    expect(screen.getByRole("radio", { name: "All 40" })).toBeChecked();
  });

  it("shows no count while it is unknown", () => {
    renderThemed(<StatusFilter options={[{ value: "all", count: null }, { value: "active", count: null }]} value="all" strings={englishStrings} formatter={formatter} onChange={jest.fn()} />);
    expect(screen.getAllByRole("radio").map((radio) => radio.textContent)).toEqual(["All", "Active"]);
  });

  it("is one tab stop, on the chosen option", async () => {
    renderThemed(
      <>
        <button>before</button>
        <StatefulStatus onChange={jest.fn()} initial="active" />
        <button>after</button>
      </>,
    );
    screen.getByRole("button", { name: "before" }).focus();
    await userEvent.tab();
    expect(screen.getByRole("radio", { name: "Active 3" })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
  });

  it("moves and chooses with the arrow keys, wrapping around, and Home and End", async () => {
    const onChange = jest.fn();
    renderThemed(<StatefulStatus onChange={onChange} />);
    screen.getByRole("radio", { name: "All 40" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Active 3" })).toHaveFocus();
    expect(screen.getByRole("radio", { name: "Active 3" })).toBeChecked();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("radio", { name: "All 40" })).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(screen.getByRole("radio", { name: "Closed 37" })).toBeChecked();
    await userEvent.keyboard("{Home}");
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(["active", "closed", "all", "closed", "all"]);
  });

  it("chooses on click", async () => {
    const onChange = jest.fn();
    renderThemed(<StatefulStatus onChange={onChange} />);
    await userEvent.click(screen.getByRole("radio", { name: "Closed 37" }));
    expect(onChange).toHaveBeenCalledWith("closed");
  });

  it("swaps left and right in a right-to-left layout", async () => {
    const onChange = jest.fn();
    renderThemed(<StatefulStatus onChange={onChange} />, { dir: "rtl" });
    screen.getByRole("radio", { name: "All 40" }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(onChange).toHaveBeenLastCalledWith("active");
  });

  it.each([
    ["ArrowRight", 0, false, 1],
    ["ArrowRight", 2, false, 0],
    ["ArrowLeft", 0, false, 2],
    ["ArrowLeft", 0, true, 1],
    ["ArrowRight", 0, true, 2],
    ["ArrowDown", 1, true, 2],
    ["Home", 2, false, 0],
    ["End", 0, false, 2],
    ["Enter", 1, false, null],
  ])("nextIndex among radios: %s from %p (right to left: %p) goes to %p", (key, current, rightToLeft, next) => {
    expect(nextIndex(key, current, 3, "radios", rightToLeft)).toBe(next);
  });

  it("has nothing axe objects to", async () => {
    const { container } = renderThemed(<StatefulStatus onChange={jest.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("ChannelFilter", () => {
  it("says on its trigger that every channel is shown until some are chosen", () => {
    renderThemed(<StatefulChannels onChange={jest.fn()} />);
    expect(screen.getByRole("button", { name: "Channels: All channels" })).toHaveTextContent("All channels");
  });

  it("lets several channels be chosen from a menu of check boxes with their counts", async () => {
    const onChange = jest.fn();
    renderThemed(<StatefulChannels onChange={onChange} />);
    await userEvent.click(screen.getByRole("button", { name: "Channels: All channels" }));
    const items = screen.getAllByRole("menuitemcheckbox");
    expect(items.map((item) => item.textContent)).toEqual(["Live chat12", "SMS", "Voice28"]);
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: /Voice/ }));
    expect(onChange).toHaveBeenLastCalledWith([VOICE]);
    expect(screen.getByRole("button", { name: "Channels: Voice" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: /Live chat/ }));
    expect(onChange).toHaveBeenLastCalledWith([VOICE, LIVE_CHAT]);
    expect(screen.getByRole("button", { name: "Channels: 2 channels" })).toBeInTheDocument();
    expect(screen.getByRole("menuitemcheckbox", { name: /Voice/ })).toHaveAttribute("aria-checked", "true");
  });

  it("opens on Enter, checks with Space and closes on Escape, back on its trigger", async () => {
    // jsdom lays nothing out, so Fluent's focus management cannot pick the first item: the browser check covers arrows.
    const onChange = jest.fn();
    renderThemed(<StatefulChannels onChange={onChange} />);
    const trigger = screen.getByRole("button", { name: "Channels: All channels" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    screen.getByRole("menuitemcheckbox", { name: /SMS/ }).focus();
    await userEvent.keyboard(" ");
    expect(onChange).toHaveBeenLastCalledWith([SMS]);
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Channels: SMS" })).toHaveFocus();
  });

  it("wears the app's theme and direction in its popover, which is a portal outside the control", async () => {
    const { container } = renderThemed(<StatefulChannels onChange={jest.fn()} />, { theme: webDarkTheme, dir: "rtl" });
    const provider = container.querySelector(".fui-FluentProvider") as HTMLElement;
    await userEvent.click(screen.getByRole("button", { name: "Channels: All channels" }));
    const menu = screen.getByRole("menu");
    expect(container).not.toContainElement(menu);
    const themeClass = Array.from(provider.classList).find((name) => name !== "fui-FluentProvider" && /^fui-FluentProvider/.test(name));
    expect(themeClass).toBeDefined();
    const portal = menu.closest(`.${themeClass}`) as HTMLElement;
    expect(portal).not.toBeNull();
    expect(portal.getAttribute("dir")).toBe("rtl");
  });

  it("has nothing axe objects to, open or closed", async () => {
    renderThemed(<StatefulChannels onChange={jest.fn()} />);
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Channels: All channels" }));
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe("SubjectSearch", () => {
  function StatefulSearch({ onChange }: { onChange: (value: string) => void }) {
    return <Controlled initial="" onChange={onChange} render={(value, change) => <SubjectSearch value={value} strings={englishStrings} onChange={change} />} />;
  }

  it("is a search box labelled Search by subject that reports every keystroke", async () => {
    const onChange = jest.fn();
    renderThemed(<StatefulSearch onChange={onChange} />);
    const box = screen.getByRole("searchbox", { name: "Search by subject" });
    await userEvent.type(box, "card");
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(["c", "ca", "car", "card"]);
    expect(box).toHaveValue("card");
  });

  it("clears on Escape, and lets Escape through once it is empty", async () => {
    const onChange = jest.fn();
    const outside = jest.fn();
    renderThemed(
      <div onKeyDown={(event) => event.key === "Escape" && outside()}>
        <StatefulSearch onChange={onChange} />
      </div>,
    );
    const box = screen.getByRole("searchbox", { name: "Search by subject" });
    await userEvent.type(box, "loan{Escape}");
    expect(box).toHaveValue("");
    expect(onChange).toHaveBeenLastCalledWith("");
    expect(outside).not.toHaveBeenCalled();
    await userEvent.keyboard("{Escape}");
    expect(outside).toHaveBeenCalledTimes(1);
  });

  it("speaks the user's language", () => {
    renderThemed(<SubjectSearch value="" onChange={jest.fn()} strings={stringsOf(1031, "de-DE")} />);
    expect(screen.getByRole("searchbox", { name: "Nach Betreff suchen" })).toBeInTheDocument();
  });
});

describe("CountSummary", () => {
  const counts = {
    groups: [
      { stateCode: 0, sessionState: 192350001, channel: VOICE, channelLabel: null, count: 2 },
      { stateCode: 0, sessionState: 192350004, channel: VOICE, channelLabel: null, count: 1 },
      { stateCode: 1, sessionState: null, channel: LIVE_CHAT, channelLabel: null, count: 30 },
      { stateCode: 2, sessionState: null, channel: LIVE_CHAT, channelLabel: null, count: 7 },
    ],
  };

  it("tells the counts in one line, in a polite live region", () => {
    renderThemed(<CountSummary counts={counts} strings={englishStrings} formatter={formatter} />);
    const line = screen.getByText("2 active · 1 in wrap-up · 37 closed");
    expect(line).toHaveAttribute("aria-live", "polite");
  });

  it("keeps its live region, empty, while the counts are unknown, so their arrival is announced", () => {
    const { container, rerender } = renderThemed(<CountSummary counts={null} strings={englishStrings} formatter={formatter} />);
    const region = container.querySelector("[aria-live=polite]");
    expect(region).toHaveTextContent("");
    rerender(<CountSummary counts={counts} strings={englishStrings} formatter={formatter} />);
    expect(container.querySelector("[aria-live=polite]")).toBe(region);
    expect(region).toHaveTextContent("2 active · 1 in wrap-up · 37 closed");
  });

  it("uses Arabic's plural forms and Arabic's comma between them", () => {
    renderThemed(<CountSummary counts={counts} strings={stringsOf(1025, "ar-SA")} formatter={formatter} />);
    expect(screen.getByText("جلستان نشطتان، جلسة واحدة قيد الاختتام، 37 جلسة مغلقة")).toBeInTheDocument();
  });
});

describe("EmptyState without matches", () => {
  it("says no sessions match and offers to clear the filters", async () => {
    const onClearFilters = jest.fn();
    renderThemed(<EmptyState strings={englishStrings} onClearFilters={onClearFilters} />);
    expect(screen.getByText("No sessions match")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });
});

describe("FilterBar", () => {
  function renderBar(dir: "ltr" | "rtl" = "ltr", strings = englishStrings) {
    return renderThemed(
      <FilterBar
        strings={strings}
        formatter={formatter}
        status={{ options: STATUS_OPTIONS, value: "all", onChange: jest.fn() }}
        channels={{ options: CHANNEL_OPTIONS, selected: [], onChange: jest.fn() }}
        search={{ value: "", onChange: jest.fn() }}
      />,
      { dir },
    );
  }

  it("lays out the status chips, the channel menu and the search box in one labelled search region, in that order", () => {
    renderBar();
    const region = screen.getByRole("search", { name: "Filter sessions" });
    const controls = [within(region).getByRole("radiogroup"), within(region).getByRole("button", { name: /^Channels/ }), within(region).getByRole("searchbox")];
    const order = controls.map((control) => Array.from(region.querySelectorAll("*")).indexOf(control));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("leaves out the parts it is not given", () => {
    renderThemed(<FilterBar strings={englishStrings} formatter={formatter} search={{ value: "", onChange: jest.fn() }} />);
    expect(screen.queryByRole("radiogroup")).not.toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByRole("searchbox")).toBeInTheDocument();
  });

  it("has nothing axe objects to, in Arabic right to left", async () => {
    const { container } = renderBar("rtl", stringsOf(1025, "ar-SA"));
    expect(screen.getByRole("search", { name: "تصفية الجلسات" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
