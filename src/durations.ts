/** Spans of time in milliseconds, as Date arithmetic and timers count them. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
