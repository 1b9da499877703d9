const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest first: a span is told in the largest unit it fills at least once. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * DAY],
  ["month", 30 * DAY],
  ["week", 7 * DAY],
  ["day", DAY],
  ["hour", HOUR],
  ["minute", MINUTE],
];

let cached: { locale: string; format: Intl.RelativeTimeFormat } | null = null;

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  if (cached?.locale !== locale) cached = { locale, format: new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }) };
  return cached.format;
}

/**
 * How long ago (positive `elapsed`) or how soon (negative), in whole units of the language: "12 min. ago",
 * "vor 3 Std.", "in 5 min.". Under a minute either way is "now", so a clock a few seconds off never says "in 0 min".
 */
export function describeRelativeTime(elapsed: number, locale: string): string {
  const span = Math.abs(elapsed);
  const unit = UNITS.find(([, size]) => span >= size);
  if (!unit) return relativeFormat(locale).format(0, "second");
  const count = Math.floor(span / unit[1]);
  return relativeFormat(locale).format(elapsed > 0 ? -count : count, unit[0]);
}
