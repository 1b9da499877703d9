import { dayHeading, groupByDay, rememberingDays, rememberingHeadings } from "../../src/ui/days";
import { fakeFormatter } from "../fixtures/formatter";
import { session } from "../fixtures/sessions";
import { englishStrings as english, stringsOf } from "../fixtures/strings";

const DAY = 86_400_000;
const formatter = fakeFormatter();
const at = (iso: string) => new Date(iso);

describe("groupByDay", () => {
  it("puts sessions under the day they started, keeping their order within a day", () => {
    const sessions = [
      session(1, { startedOn: at("2026-11-28T15:00:00Z") }),
      session(2, { startedOn: at("2026-11-28T09:00:00Z") }),
      session(3, { startedOn: at("2026-11-27T23:00:00Z") }),
    ];
    const groups = groupByDay(sessions, formatter.day);
    expect(groups.map((group) => group.sessions.map((each) => each.subject))).toEqual([["Session 1", "Session 2"], ["Session 3"]]);
    expect(groups.map((group) => group.day)).toEqual([formatter.day(at("2026-11-28T00:00:00Z")), formatter.day(at("2026-11-27T00:00:00Z"))]);
  });

  it("decides the day in the user's time zone: 23:00 UTC is the next day in Tokyo", () => {
    const tokyoDay = (value: Date) => Math.floor((value.getTime() + 9 * 3_600_000) / DAY);
    const sessions = [session(1, { startedOn: at("2026-11-28T23:00:00Z") }), session(2, { startedOn: at("2026-11-28T14:00:00Z") })];
    expect(groupByDay(sessions, tokyoDay)).toHaveLength(2);
    expect(groupByDay(sessions, formatter.day)).toHaveLength(1);
  });

  it("keeps one heading per day when a session comes out of order", () => {
    const sessions = [
      session(1, { startedOn: at("2026-11-28T10:00:00Z") }),
      session(2, { startedOn: at("2026-11-27T10:00:00Z") }),
      session(3, { startedOn: at("2026-11-28T09:59:00Z") }),
    ];
    expect(groupByDay(sessions, formatter.day).map((group) => group.sessions.length)).toEqual([2, 1]);
  });

  it("puts sessions whose start is unknown last, under no day", () => {
    const sessions = [session(1, { startedOn: null }), session(2, { startedOn: at("2026-11-28T10:00:00Z") })];
    const groups = groupByDay(sessions, formatter.day);
    expect(groups.map((group) => group.day)).toEqual([formatter.day(at("2026-11-28T10:00:00Z")), null]);
    expect(groups[1].sessions[0].subject).toBe("Session 1");
  });

  it("makes no group of an empty list", () => {
    expect(groupByDay([], formatter.day)).toEqual([]);
  });
});

describe("dayHeading", () => {
  const today = formatter.day(at("2026-11-28T12:00:00Z"));
  const groupOn = (iso: string | null) => groupByDay([session(1, { startedOn: iso === null ? null : at(iso) })], formatter.day)[0];

  it.each([
    ["2026-11-28T00:00:00Z", "Today"],
    ["2026-11-28T23:59:00Z", "Today"],
    ["2026-11-27T08:00:00Z", "Yesterday"],
    ["2026-11-26T23:59:00Z", "2026-11-26"],
    ["2026-11-29T09:00:00Z", "2026-11-29"],
    [null, "Start date unknown"],
  ])("heads a day starting %p with %p", (iso, heading) => {
    expect(dayHeading(groupOn(iso), today, english, formatter)).toBe(heading);
  });

  it.each([
    [1031, "Heute", "Gestern"],
    [1036, "Aujourd’hui", "Hier"],
    [3082, "Hoy", "Ayer"],
    [1041, "今日", "昨日"],
    [1025, "اليوم", "أمس"],
  ])("says Today and Yesterday in language %p", (languageId, todayText, yesterdayText) => {
    const strings = stringsOf(languageId, "en-US");
    expect(dayHeading(groupOn("2026-11-28T10:00:00Z"), today, strings, formatter)).toBe(todayText);
    expect(dayHeading(groupOn("2026-11-27T10:00:00Z"), today, strings, formatter)).toBe(yesterdayText);
  });
});

describe("remembering days and headings across Load more", () => {
  it("asks the user's day of each date once, however often the grouping runs again", () => {
    const dayOf = jest.fn(formatter.day);
    const remembered = rememberingDays(dayOf);
    const firstPage = [session(1, { startedOn: at("2026-11-28T15:00:00Z") }), session(2, { startedOn: at("2026-11-27T09:00:00Z") })];
    const secondPage = [session(3, { startedOn: at("2026-11-26T09:00:00Z") })];
    const before = groupByDay(firstPage, remembered);
    const after = groupByDay([...firstPage, ...secondPage], remembered);
    expect(dayOf).toHaveBeenCalledTimes(3);
    expect(after.map((group) => group.day)).toEqual([...before.map((group) => group.day), formatter.day(at("2026-11-26T09:00:00Z"))]);
  });

  it("formats each day's heading once, and the same heading as dayHeading", () => {
    const today = formatter.day(at("2026-11-28T12:00:00Z"));
    const counting = { ...formatter, date: jest.fn(formatter.date) };
    const headingOf = rememberingHeadings(today, english, counting);
    const groups = groupByDay([session(1, { startedOn: at("2026-11-20T10:00:00Z") }), session(2, { startedOn: at("2026-11-28T10:00:00Z") })], formatter.day);
    const first = groups.map(headingOf);
    const again = groupByDay([session(3, { startedOn: at("2026-11-20T08:00:00Z") })], formatter.day).map(headingOf);
    expect(first).toEqual(["2026-11-20", "Today"]);
    expect(again).toEqual(["2026-11-20"]);
    expect(counting.date).toHaveBeenCalledTimes(1);
    expect(first).toEqual(groups.map((group) => dayHeading(group, today, english, formatter)));
  });
});
