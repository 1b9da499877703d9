import type { Language } from "./languages.js";

export const WORKBENCH_USER = { userId: "{7d2c5a1e-0b3f-4e8d-9a6c-1f2e3d4c5b6a}", userName: "Avery Agent" } as const;

function names(locale: string, count: number, format: (date: Date, formatter: Intl.DateTimeFormat) => string, options: Intl.DateTimeFormatOptions): string[] {
  const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  return Array.from({ length: count }, (_, index) => format(new Date(Date.UTC(2023, count === 7 ? 0 : index, count === 7 ? 1 + index : 1)), formatter));
}

/** Minimal but truthful date formatting info: names from Intl, patterns in .NET notation for en-US style. */
function dateFormattingInfo(locale: string): ComponentFramework.UserSettingApi.DateFormattingInfo {
  const format = (date: Date, formatter: Intl.DateTimeFormat): string => formatter.format(date);
  // 1 January 2023 was a Sunday, so day names come out Sunday first, like .NET's.
  const dayNames = names(locale, 7, format, { weekday: "long" });
  const monthNames = [...names(locale, 12, format, { month: "long" }), ""];
  const abbreviatedMonthNames = [...names(locale, 12, format, { month: "short" }), ""];
  return {
    amDesignator: "AM",
    pmDesignator: "PM",
    abbreviatedDayNames: names(locale, 7, format, { weekday: "short" }),
    shortestDayNames: names(locale, 7, format, { weekday: "narrow" }),
    dayNames,
    monthNames,
    monthGenitiveNames: monthNames,
    abbreviatedMonthNames,
    abbreviatedMonthGenitiveNames: abbreviatedMonthNames,
    calendarWeekRule: 0,
    calendar: { minSupportedDateTime: new Date(-62135596800000), maxSupportedDateTime: new Date(253402300799999), algorithmType: 1, calendarType: 1, twoDigitYearMax: 2049 },
    dateSeparator: "/",
    timeSeparator: ":",
    firstDayOfWeek: 0,
    fullDateTimePattern: "dddd, MMMM d, yyyy h:mm:ss tt",
    longDatePattern: "dddd, MMMM d, yyyy",
    longTimePattern: "h:mm:ss tt",
    monthDayPattern: "MMMM d",
    shortDatePattern: "M/d/yyyy",
    shortTimePattern: "h:mm tt",
    sortableDateTimePattern: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    universalSortableDateTimePattern: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    yearMonthPattern: "MMMM yyyy",
  };
}

function numberFormattingInfo(locale: string): ComponentFramework.UserSettingApi.NumberFormattingInfo {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
  const group = parts.find((part) => part.type === "group")?.value ?? ",";
  return {
    currencyDecimalDigits: 2,
    currencyDecimalSeparator: decimal,
    currencyGroupSeparator: group,
    currencyGroupSizes: [3],
    currencyNegativePattern: 0,
    currencyPositivePattern: 0,
    currencySymbol: "$",
    nanSymbol: "NaN",
    nativeDigits: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    negativeInfinitySymbol: "-∞",
    negativeSign: "-",
    numberDecimalDigits: 2,
    numberDecimalSeparator: decimal,
    numberGroupSeparator: group,
    numberGroupSizes: [3],
    numberNegativePattern: 1,
    perMilleSymbol: "‰",
    percentDecimalDigits: 2,
    percentDecimalSeparator: decimal,
    percentGroupSeparator: group,
    percentGroupSizes: [3],
    percentNegativePattern: 0,
    percentPositivePattern: 0,
    percentSymbol: "%",
    positiveInfinitySymbol: "∞",
    positiveSign: "+",
  };
}

/** The formatting info of each locale, worked out once: every updateView's context carries it. */
const formattingInfo = new Map<string, Pick<ComponentFramework.UserSettings, "dateFormattingInfo" | "numberFormattingInfo">>();

function formattingInfoOf(locale: string): Pick<ComponentFramework.UserSettings, "dateFormattingInfo" | "numberFormattingInfo"> {
  let info = formattingInfo.get(locale);
  if (info === undefined) {
    info = { dateFormattingInfo: dateFormattingInfo(locale), numberFormattingInfo: numberFormattingInfo(locale) };
    formattingInfo.set(locale, info);
  }
  return info;
}

export function createUserSettings(language: Language): ComponentFramework.UserSettings {
  return {
    ...WORKBENCH_USER,
    languageId: language.languageId,
    isRTL: language.isRTL,
    securityRoles: [],
    ...formattingInfoOf(language.locale),
    getTimeZoneOffsetMinutes: (date = new Date()) => -date.getTimezoneOffset(),
  };
}
