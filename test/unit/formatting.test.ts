import { createFormatter } from "../../src/platform/formatting";
import { describeRelativeTime } from "../../src/platform/relativeTime";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** context.formatting as the platform documents it: it writes the Date's browser-local fields. */
function localFormatting(): ComponentFramework.Formatting {
  const pad = (value: number) => String(value).padStart(2, "0");
  const date = (value: Date) => `${pad(value.getDate())}.${pad(value.getMonth() + 1)}.${value.getFullYear()}`;
  return {
    formatDateShort: (value: Date, includeTime?: boolean) => (includeTime ? `${date(value)}, ${pad(value.getHours())}:${pad(value.getMinutes())}` : date(value)),
    formatInteger: (value: number) => `#${value}`,
  } as unknown as ComponentFramework.Formatting;
}

/** A user whose Dataverse time zone is `offset` minutes ahead of UTC, whatever the browser's is. */
function userIn(offset: number | ((value: Date) => number)) {
  return { getTimeZoneOffsetMinutes: jest.fn((value?: Date) => (typeof offset === "number" ? offset : offset(value ?? new Date()))) };
}

describe("the formatter", () => {
  const instant = new Date("2026-11-28T23:30:00Z");

  it("writes dates and times on the user's wall clock, not the browser's (Tokyo, UTC+9)", () => {
    const formatter = createFormatter(localFormatting, () => userIn(9 * 60));
    expect(formatter.dateTime(instant)).toBe("29.11.2026, 08:30");
    expect(formatter.date(instant)).toBe("29.11.2026");
    expect(formatter.time(instant)).toBe("08:30");
  });

  it("asks the user's offset for the date it formats, so a summer date gets summer time (New York)", () => {
    const user = userIn((value) => (value.getUTCMonth() >= 2 && value.getUTCMonth() < 10 ? -4 * 60 : -5 * 60));
    const formatter = createFormatter(localFormatting, () => user);
    const summer = new Date("2026-07-01T12:00:00Z");
    expect(formatter.time(summer)).toBe("08:00");
    expect(formatter.time(instant)).toBe("18:30");
    expect(user.getTimeZoneOffsetMinutes).toHaveBeenCalledWith(summer);
  });

  it("falls back to the browser's time zone when the host gives no user settings", () => {
    const formatter = createFormatter(localFormatting);
    const local = new Date(2026, 10, 28, 23, 30);
    expect(formatter.dateTime(local)).toBe("28.11.2026, 23:30");
    expect(formatter.day(local)).toBe(Math.floor((local.getTime() - local.getTimezoneOffset() * MINUTE) / DAY));
  });

  it("numbers the user's calendar days, so Today follows the user's midnight", () => {
    const tokyo = createFormatter(localFormatting, () => userIn(9 * 60));
    const newYork = createFormatter(localFormatting, () => userIn(-5 * 60));
    const beforeUtcMidnight = new Date("2026-11-28T23:30:00Z");
    const afterUtcMidnight = new Date("2026-11-29T00:30:00Z");
    expect(tokyo.day(beforeUtcMidnight)).toBe(tokyo.day(afterUtcMidnight));
    expect(newYork.day(beforeUtcMidnight)).toBe(newYork.day(afterUtcMidnight));
    expect(tokyo.day(new Date("2026-11-28T14:59:00Z"))).toBe(tokyo.day(beforeUtcMidnight) - 1);
    expect(newYork.day(new Date("2026-11-29T05:00:00Z"))).toBe(newYork.day(afterUtcMidnight) + 1);
  });

  it("tells relative times in the user's language", () => {
    const german = createFormatter(localFormatting, () => userIn(60), () => "de-DE");
    expect(german.relative(new Date(instant.getTime() - 12 * MINUTE), instant)).toBe("vor 12 Min.");
  });

  it("asks the platform once per date and time, once per day for the date alone, however often a row asks", () => {
    const platform = localFormatting();
    const formatDateShort = jest.spyOn(platform, "formatDateShort");
    const user = userIn(9 * 60);
    const formatter = createFormatter(() => platform, () => user);
    const morning = new Date("2026-11-28T00:30:00Z");
    const evening = new Date("2026-11-28T11:00:00Z");
    for (const value of [morning, evening, morning, evening]) {
      formatter.time(value);
      formatter.dateTime(value);
      formatter.day(value);
    }
    expect([formatter.time(morning), formatter.time(evening), formatter.date(evening)]).toEqual(["09:30", "20:00", "28.11.2026"]);
    expect(formatDateShort.mock.calls.filter(([, includeTime]) => includeTime === true)).toHaveLength(2);
    expect(formatDateShort.mock.calls.filter(([, includeTime]) => includeTime !== true)).toHaveLength(1);
    // Per date: its day and its date and time; per day: its date.
    expect(user.getTimeZoneOffsetMinutes).toHaveBeenCalledTimes(2 * 2 + 1);
  });

  it("formats integers through the platform", () => {
    expect(createFormatter(localFormatting).integer(1234)).toBe("#1234");
  });
});

describe("describeRelativeTime", () => {
  it.each([
    [0, "en-US", "now"],
    [59_000, "en-US", "now"],
    [-30_000, "en-US", "now"],
    [12 * MINUTE, "en-US", "12 min. ago"],
    [59 * MINUTE + 59_000, "en-US", "59 min. ago"],
    [3 * HOUR + 20 * MINUTE, "en-US", "3 hr. ago"],
    [23 * HOUR + 59 * MINUTE, "en-US", "23 hr. ago"],
    [-5 * MINUTE, "en-US", "in 5 min."],
    [-2 * HOUR, "en-US", "in 2 hr."],
    [12 * MINUTE, "de-DE", "vor 12 Min."],
    [12 * MINUTE, "fr-FR", "il y a 12\u00a0min"],
    [12 * MINUTE, "es-ES", "hace 12 min"],
    [12 * MINUTE, "ja-JP", "12 分前"],
    [3 * HOUR, "ja-JP", "3 時間前"],
    [12 * MINUTE, "ar-SA", "قبل ١٢ دقيقة"],
  ])("tells %p ms in %s as %p", (elapsed, locale, text) => {
    expect(describeRelativeTime(elapsed, locale)).toBe(text);
  });
});
