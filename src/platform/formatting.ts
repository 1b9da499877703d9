import { DAY, MINUTE } from "../durations";
import { BASE_LOCALE } from "./locale";
import { describeRelativeTime } from "./relativeTime";

/** Dates, times and numbers in the user's formats, language and time zone (Dataverse personal options). */
export interface Formatter {
  /** The date and time: "11/28/2026 2:05 PM". */
  dateTime(value: Date): string;
  /** The date alone, for a day's heading. */
  date(value: Date): string;
  /** The time of day alone: "2:05 PM". */
  time(value: Date): string;
  /** How long ago `value` was at `now` (or how soon it is): "12 min. ago". */
  relative(value: Date, now: Date): string;
  /** The calendar day `value` falls on in the user's time zone, counted from 1 January 1970: equal numbers, same day. */
  day(value: Date): number;
  integer(value: number): string;
  /** The instant the user's calendar day `day` (as `day()` counts) begins, in the user's time zone. */
  startOfDay(day: number): Date;
  /** The day the user's weeks start on: 0 Sunday … 6 Saturday (the user's date formatting settings). */
  firstDayOfWeek(): number;
}

type UserClock = Partial<Pick<ComponentFramework.UserSettings, "getTimeZoneOffsetMinutes" | "dateFormattingInfo">>;

/** A date-time format puts the date first, then a separator: "11/28/2026 2:05 PM", "28.11.2026, 14:05", "٢٨/١١/٢٠٢٦، ٢:٠٥". */
function withoutDate(dateTime: string, date: string): string {
  return dateTime.startsWith(date) ? dateTime.slice(date.length).replace(/^[\s,،]+/u, "") : dateTime;
}

/** `answer` asked once per Date object: the rows' start dates live as long as the rows. */
function remembered<T>(answer: (value: Date) => T): (value: Date) => T {
  const known = new WeakMap<Date, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    const result = answer(value);
    known.set(value, result);
    return result;
  };
}

/**
 * @param getUserSettings the user's time zone; without it (a host that gives none) the browser's.
 * @param getLocale the BCP 47 locale of the user's language, for relative times.
 */
export function createFormatter(
  getFormatting: () => ComponentFramework.Formatting,
  getUserSettings: () => UserClock | undefined = () => undefined,
  getLocale: () => string = () => BASE_LOCALE,
): Formatter {
  // Asked per date: the offset of a date in summer time differs from today's.
  const offsetMinutes = (value: Date): number => {
    const minutes = getUserSettings()?.getTimeZoneOffsetMinutes?.(value);
    return typeof minutes === "number" && Number.isFinite(minutes) ? minutes : -value.getTimezoneOffset();
  };
  const inUserZone = (value: Date) => new Date(value.getTime() + offsetMinutes(value) * MINUTE);
  // context.formatting writes a Date's browser-local fields; the user's time zone may differ from the browser's
  // (https://www.develop1.net/public/post/2020/05/11/pcf-datetimes-the-saga-continues), so hand it a Date whose
  // local fields read the user's wall clock.
  const wallClock = (value: Date): Date => {
    const user = inUserZone(value);
    return new Date(user.getUTCFullYear(), user.getUTCMonth(), user.getUTCDate(), user.getUTCHours(), user.getUTCMinutes());
  };
  // Each row asks for its start's date and time more than once (its time, its tooltip, its day), and Load more
  // groups every loaded row again: one platform call per date, and one per day for the date alone. The user's
  // language and time zone stay for the control's life (a change of language is a new form load).
  const dayOf = remembered((value: Date) => Math.floor(inUserZone(value).getTime() / DAY));
  const dateOfDay = new Map<number, string>();
  const date = (value: Date): string => {
    const day = dayOf(value);
    let text = dateOfDay.get(day);
    if (text === undefined) {
      text = getFormatting().formatDateShort(wallClock(value));
      dateOfDay.set(day, text);
    }
    return text;
  };
  const dateTime = remembered((value: Date) => getFormatting().formatDateShort(wallClock(value), true));
  // The offset at midnight may differ from the one at the guess (a daylight-saving change that day): ask again there.
  const startOfDay = (day: number): Date => {
    const guess = day * DAY - offsetMinutes(new Date(day * DAY)) * MINUTE;
    return new Date(day * DAY - offsetMinutes(new Date(guess)) * MINUTE);
  };
  const firstDayOfWeek = (): number => {
    const first: unknown = getUserSettings()?.dateFormattingInfo?.firstDayOfWeek;
    return typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= 6 ? first : 0;
  };
  return {
    dateTime,
    date,
    time: (value) => withoutDate(dateTime(value), date(value)),
    relative: (value, now) => describeRelativeTime(now.getTime() - value.getTime(), getLocale()),
    day: dayOf,
    integer: (value) => getFormatting().formatInteger(value),
    startOfDay,
    firstDayOfWeek,
  };
}
