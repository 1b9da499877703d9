/** How many weeks the chart shows, the current one last. */
export const WEEKS_SHOWN = 13;

/** The day of the week of a calendar day: 0 Sunday … 6 Saturday (1 January 1970 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week `day` falls in, for weeks that start on `firstDayOfWeek`. */
export function weekStartOf(day: number, firstDayOfWeek: number): number {
  return day - ((weekdayOf(day) - firstDayOfWeek + 7) % 7);
}

/** The first days of the WEEKS_SHOWN weeks that end with the one holding `today`, oldest first. */
export function windowWeekStarts(today: number, firstDayOfWeek: number): number[] {
  const current = weekStartOf(today, firstDayOfWeek);
  return Array.from({ length: WEEKS_SHOWN }, (_, index) => current - (WEEKS_SHOWN - 1 - index) * 7);
}
