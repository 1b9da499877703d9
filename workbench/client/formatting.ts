/** context.formatting through Intl, for the locale of the chosen language. */
export function createFormatting(locale: string): ComponentFramework.Formatting {
  const date = (value: Date, options: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(locale, options).format(value);
  const number = (value: number, options: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale, options).format(value);
  return {
    formatCurrency: (value, precision = 2, symbol) =>
      `${symbol ?? ""}${number(value, { minimumFractionDigits: precision, maximumFractionDigits: precision })}`,
    formatDecimal: (value, precision = 2) => number(value, { minimumFractionDigits: precision, maximumFractionDigits: precision }),
    formatDateAsFilterStringInUTC: (value, includeTime) =>
      includeTime ? value.toISOString().replace(/\.\d{3}Z$/, "Z") : value.toISOString().slice(0, 10),
    formatDateLong: (value) => date(value, { dateStyle: "full" }),
    formatDateLongAbbreviated: (value) => date(value, { dateStyle: "medium" }),
    formatDateShort: (value, includeTime) => date(value, includeTime ? { dateStyle: "short", timeStyle: "short" } : { dateStyle: "short" }),
    formatDateYearMonth: (value) => date(value, { year: "numeric", month: "long" }),
    formatInteger: (value) => number(value, { maximumFractionDigits: 0 }),
    formatLanguage: (languageId) => `${languageId}`,
    formatTime: (value) => date(value, { timeStyle: "short" }),
    getWeekOfYear: (value) => {
      const startOfYear = new Date(value.getFullYear(), 0, 1);
      return Math.ceil(((value.getTime() - startOfYear.getTime()) / 86_400_000 + startOfYear.getDay() + 1) / 7);
    },
  };
}
