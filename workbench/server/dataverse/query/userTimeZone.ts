import type { IncomingHttpHeaders } from "node:http";

/**
 * The user's time zone, which Dataverse reads from the calling user's settings on the server (Personal Options) and
 * uses for FetchXML date grouping (`usertimezone`, default true) and the date-only operators (`on`, `on-or-after`,
 * `on-or-before`). A request carries no time zone. The workbench has no users, so its host page sends the zone its
 * user settings use (`getTimeZoneOffsetMinutes`: the browser's) in this header, as an IANA name rather than an offset:
 * the offset of a date in summer time differs from today's. The control never sees or sets it.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute (usertimezone)
 */
export const USER_TIME_ZONE_HEADER = "X-Workbench-User-Time-Zone";

/** A calendar date in some time zone: the parts FetchXML date grouping answers with. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface UserTimeZone {
  /** The IANA name; "UTC" when the request named none (or one this machine does not know). */
  readonly name: string;
  /** The calendar date of an instant in this zone. */
  dateOf(instant: Date): CalendarDate;
}

const UTC_ZONE: UserTimeZone = { name: "UTC", dateOf: utcDateOf };

export function utcDateOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

function zoneNamed(name: string): UserTimeZone {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: name, year: "numeric", month: "numeric", day: "numeric" });
  return {
    name,
    dateOf: (instant) => {
      const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
      return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
    },
  };
}

const zones = new Map<string, UserTimeZone>();

/** The user's time zone from the stand-in header; UTC when it is missing or unknown. */
export function userTimeZoneOf(headers: IncomingHttpHeaders): UserTimeZone {
  const value = headers[USER_TIME_ZONE_HEADER.toLowerCase()];
  const name = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  if (name === "" || name.length > 64) return UTC_ZONE;
  let zone = zones.get(name);
  if (zone === undefined) {
    try {
      zone = zoneNamed(name);
    } catch {
      return UTC_ZONE;
    }
    zones.set(name, zone);
  }
  return zone;
}

export { UTC_ZONE };
