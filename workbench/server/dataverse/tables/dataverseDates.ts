/** Dates the way the Dataverse Web API writes them: UTC, whole seconds, `Z` suffix. */
export function toDataverseDate(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 19)}Z`;
}

const MINUTE_MS = 60_000;

export function minutesBefore(date: Date, minutes: number): Date {
  return new Date(date.getTime() - minutes * MINUTE_MS);
}

export function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

/** The formatted value Dataverse gives a date column for an en-US user in UTC, e.g. `11/28/2026 9:05 PM`. */
export function formatDataverseDate(value: string): string {
  const date = new Date(value);
  const hours = date.getUTCHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  const period = hours < 12 ? "AM" : "PM";
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hour12}:${minutes} ${period}`;
}
