import { HOUR, MINUTE } from "../durations";
import { forLastLocale } from "./locale";

const relativeFormat = forLastLocale((locale) => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }));

/**
 * How long ago (positive `elapsed`) or how soon (negative), in whole hours or minutes of the language: "12 min.
 * ago", "vor 3 Std.", "in 5 min.". Days are told by the list's headings. Under a minute either way is "now", so a
 * clock a few seconds off never says "in 0 min.".
 */
export function describeRelativeTime(elapsed: number, locale: string): string {
  const span = Math.abs(elapsed);
  if (span < MINUTE) return relativeFormat(locale).format(0, "second");
  const [count, unit] = span >= HOUR ? [Math.floor(span / HOUR), "hour" as const] : [Math.floor(span / MINUTE), "minute" as const];
  return relativeFormat(locale).format(elapsed > 0 ? -count : count, unit);
}
