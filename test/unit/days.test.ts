import { dayHeading, groupByDay } from "../../src/ui/list/days";
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
