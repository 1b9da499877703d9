import type { HistoryDayCount } from "../../src/model";
import { createFormatter } from "../../src/platform/formatting";
import { buildChartModel, OTHER } from "../../src/ui/history/historyModel";
import { weekStartOf, weekdayOf, windowWeekStarts, WEEKS_SHOWN } from "../../src/ui/history/historyWeeks";

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const SUNDAY = 0;
const MONDAY = 1;
const SATURDAY = 6;

/** The offset of an IANA time zone at an instant, as Dataverse's user settings give it (minutes ahead of UTC). */
function offsetIn(timeZone: string): (value?: Date) => number {
  return (value = new Date()) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
        .formatToParts(value)
        .map((part) => [part.type, Number(part.value)]),
    );
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    return Math.round((wall - Math.floor(value.getTime() / 60_000) * 60_000) / 60_000);
  };
}

function formatterIn(timeZone: string, firstDayOfWeek = SUNDAY) {
  const formatting = { formatDateShort: (value: Date) => value.toISOString(), formatInteger: String } as unknown as ComponentFramework.Formatting;
  return createFormatter(
    () => formatting,
    () => ({ getTimeZoneOffsetMinutes: offsetIn(timeZone), dateFormattingInfo: { firstDayOfWeek } as ComponentFramework.UserSettingApi.DateFormattingInfo }),
  );
}

/** The weekly bars of these day counts, each channel labelled by its number. */
function bucketByWeek(days: HistoryDayCount[], weekStarts: number[]) {
  return buildChartModel(days, weekStarts, "Other", String);
}

function counts(...entries: [string, number, number | null][]): HistoryDayCount[] {
  return entries.map(([iso, count, channel]) => ({ day: dayOf(iso), count, channel, channelLabel: null }));
}

describe("weeks in the user's calendar", () => {
  it("knows the day of the week (Sunday 1 November 2026)", () => {
    expect(weekdayOf(dayOf("2026-11-01"))).toBe(0);
    expect(weekdayOf(dayOf("1970-01-01"))).toBe(4);
    expect(weekdayOf(dayOf("1969-12-28"))).toBe(0);
  });

  it.each([
    [SUNDAY, "2026-11-01"],
    [MONDAY, "2026-11-02"],
    [SATURDAY, "2026-10-31"],
  ])("starts the week of Wednesday 4 November 2026 on the user's first day of the week (%p: %p)", (firstDayOfWeek, start) => {
    expect(isoOf(weekStartOf(dayOf("2026-11-04"), firstDayOfWeek))).toBe(start);
  });

  it.each([SUNDAY, MONDAY, SATURDAY])("keeps the first day of the week itself in its own week (%p)", (firstDayOfWeek) => {
    const day = dayOf("2026-11-01") + firstDayOfWeek;
    expect(weekStartOf(day, firstDayOfWeek)).toBe(day);
  });

  it("shows 13 weeks, the current one last", () => {
    const starts = windowWeekStarts(dayOf("2026-11-04"), MONDAY);
    expect(starts).toHaveLength(WEEKS_SHOWN);
    expect(isoOf(starts[WEEKS_SHOWN - 1])).toBe("2026-11-02");
    expect(isoOf(starts[0])).toBe("2026-08-10");
    expect(starts.every((start, index) => index === 0 || start - starts[index - 1] === 7)).toBe(true);
  });
});

describe("bucketing days into weeks", () => {
  it("sums each week's days by channel and leaves out days outside the window", () => {
    const starts = windowWeekStarts(dayOf("2026-11-04"), SUNDAY);
    const { weeks, series } = bucketByWeek(counts(["2026-11-01", 2, 1], ["2026-11-04", 1, 1], ["2026-11-07", 3, null], ["2026-10-31", 4, 2], ["2026-08-01", 9, 1], ["2026-11-08", 9, 1]), starts);
    const current = weeks[WEEKS_SHOWN - 1];
    const colourOf = (label: string) => series.find((entry) => entry.label === label)?.colour ?? -1;
    expect(current.total).toBe(6);
    expect(current.counts[colourOf("1")]).toBe(3);
    // Sessions without a channel count under Other.
    expect(colourOf("Other")).toBe(OTHER);
    expect(current.counts[OTHER]).toBe(3);
    expect(weeks[WEEKS_SHOWN - 2].total).toBe(4);
    expect(weeks[WEEKS_SHOWN - 2].counts[colourOf("2")]).toBe(4);
    expect(weeks.reduce((total, week) => total + week.total, 0)).toBe(10);
  });

  it.each([
    [SUNDAY, "2026-12-27"],
    [MONDAY, "2026-12-28"],
    [SATURDAY, "2026-12-26"],
  ])("puts New Year's Eve and New Year's Day in one week across the year end (%p)", (firstDayOfWeek, start) => {
    const starts = windowWeekStarts(dayOf("2027-01-06"), firstDayOfWeek);
    const { weeks } = bucketByWeek(counts(["2026-12-31", 1, 1], ["2027-01-01", 2, 1]), starts);
    const week = weeks.find((candidate) => candidate.total > 0);
    expect(week && isoOf(week.startDay)).toBe(start);
    expect(week?.total).toBe(3);
  });

  it("ends the week at the user's midnight, not the browser's (Tokyo, UTC+9)", () => {
    const formatter = formatterIn("Asia/Tokyo");
    // Saturday 7 November, 16:00 UTC, is already Sunday 8 November in Tokyo: the next week.
    const today = formatter.day(new Date("2026-11-07T16:00:00Z"));
    expect(isoOf(today)).toBe("2026-11-08");
    expect(isoOf(windowWeekStarts(today, formatter.firstDayOfWeek())[WEEKS_SHOWN - 1])).toBe("2026-11-08");
    expect(formatter.startOfDay(dayOf("2026-11-08")).toISOString()).toBe("2026-11-07T15:00:00.000Z");
  });

  it("gives a week across a daylight-saving change its true length (New York, 1 November 2026)", () => {
    const formatter = formatterIn("America/New_York");
    const from = formatter.startOfDay(dayOf("2026-11-01"));
    const to = formatter.startOfDay(dayOf("2026-11-08"));
    expect(from.toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(to.toISOString()).toBe("2026-11-08T05:00:00.000Z");
    expect(formatter.day(new Date("2026-11-02T04:30:00Z"))).toBe(dayOf("2026-11-01"));
    expect(formatter.startOfDay(dayOf("2026-03-08")).toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(formatter.startOfDay(dayOf("2026-03-09")).toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it.each([
    [0, 0],
    [1, 1],
    [6, 6],
    [7, 0],
    [-1, 0],
    [undefined, 0],
  ])("reads the user's first day of the week %p as %p", (setting, expected) => {
    const formatting = {} as ComponentFramework.Formatting;
    const formatter = createFormatter(
      () => formatting,
      () => ({ dateFormattingInfo: { firstDayOfWeek: setting } as unknown as ComponentFramework.UserSettingApi.DateFormattingInfo }),
    );
    expect(formatter.firstDayOfWeek()).toBe(expected);
  });
});
