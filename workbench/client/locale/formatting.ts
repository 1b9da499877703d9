/** One Intl formatter per locale and options for the page's life: each updateView's context asks again. */
function reused<F>(create: (locale: string, options: object) => F): (locale: string, options: object) => F {
  const made = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = create(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

const dateFormat = reused((locale, options) => new Intl.DateTimeFormat(locale, options));
const numberFormat = reused((locale, options) => new Intl.NumberFormat(locale, options));

/**
 * context.formatting through Intl, for the locale of the chosen language. How fast the platform formats is not
 * documented; it presumably works from the user's patterns (userSettings.dateFormattingInfo holds them in .NET
 * notation) rather than building an Intl object per call. Building Intl objects is far slower than using one, so
 * one per call would make render timings measure this host's formatting rather than the control.
 */
export function createFormatting(locale: string): ComponentFramework.Formatting {
  // The formats a form load uses for every row, looked up once per context rather than per call.
  const shortDate = dateFormat(locale, { dateStyle: "short" });
  const shortDateTime = dateFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const wholeNumber = numberFormat(locale, { maximumFractionDigits: 0 });
  const date = (value: Date, options: Intl.DateTimeFormatOptions): string => dateFormat(locale, options).format(value);
  const number = (value: number, options: Intl.NumberFormatOptions): string => numberFormat(locale, options).format(value);
  return {
    formatCurrency: (value, precision = 2, symbol) =>
      `${symbol ?? ""}${number(value, { minimumFractionDigits: precision, maximumFractionDigits: precision })}`,
    formatDecimal: (value, precision = 2) => number(value, { minimumFractionDigits: precision, maximumFractionDigits: precision }),
    formatDateAsFilterStringInUTC: (value, includeTime) =>
      includeTime ? value.toISOString().replace(/\.\d{3}Z$/, "Z") : value.toISOString().slice(0, 10),
    formatDateLong: (value) => date(value, { dateStyle: "full" }),
    formatDateLongAbbreviated: (value) => date(value, { dateStyle: "medium" }),
    formatDateShort: (value, includeTime) => (includeTime ? shortDateTime : shortDate).format(value),
    formatDateYearMonth: (value) => date(value, { year: "numeric", month: "long" }),
    formatInteger: (value) => wholeNumber.format(value),
    formatLanguage: (languageId) => `${languageId}`,
    formatTime: (value) => date(value, { timeStyle: "short" }),
    getWeekOfYear: (value) => {
      const startOfYear = new Date(value.getFullYear(), 0, 1);
      return Math.ceil(((value.getTime() - startOfYear.getTime()) / 86_400_000 + startOfYear.getDay() + 1) / 7);
    },
  };
}
