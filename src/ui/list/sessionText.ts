import { DAY, HOUR, MINUTE } from "../../durations";
import type { LoadError, Session } from "../../model";
import type { Formatter } from "../../platform/formatting";
import { capitalize, joinParts } from "../../platform/strings";
import type { Strings } from "../../platform/strings";

/** A duration in the largest units that matter to an agent: "12 min", "2 h 5 min", "3 d 4 h". */
export function describeDuration(milliseconds: number, strings: Strings, formatter: Formatter): string {
  const span = Math.max(0, milliseconds);
  const whole = (value: number) => formatter.integer(Math.floor(value));
  if (span < MINUTE) return strings.get("Duration_UnderMinute");
  if (span < HOUR) return strings.format("Duration_Minutes", whole(span / MINUTE));
  if (span < DAY) return strings.format("Duration_HoursMinutes", whole(span / HOUR), whole((span % HOUR) / MINUTE));
  return strings.format("Duration_DaysHours", whole(span / DAY), whole((span % DAY) / HOUR));
}

/** An open session is running; a scheduled one has not begun, a closed one has ended. */
export function isRunning(session: Session): boolean {
  return !session.isClosed && session.closedOn === null && session.status.tone !== "scheduled";
}

/**
 * When the session started (the time of day: its day is the heading above it), how long ago when `relative`, and
 * how long it lasted or has been running by `now`. Only a running or relative timing needs `now`.
 */
export function describeTiming(session: Session, now: Date | null, strings: Strings, formatter: Formatter, relative = false): string {
  const { startedOn, closedOn } = session;
  if (startedOn === null) return strings.get("Time_StartUnknown");
  const parts = [strings.format("Time_Started", formatter.time(startedOn))];
  if (relative && now !== null && !isRunning(session)) parts.push(formatter.relative(startedOn, now));
  if (closedOn !== null) {
    parts.push(strings.format("Time_Lasted", describeDuration(closedOn.getTime() - startedOn.getTime(), strings, formatter)));
  } else if (now !== null && isRunning(session)) {
    parts.push(strings.format("Time_Running", describeDuration(now.getTime() - startedOn.getTime(), strings, formatter)));
  }
  return joinParts(strings, parts);
}

export function describeCount(count: number, hasMore: boolean, strings: Strings, formatter: Formatter): string {
  return strings.plural(hasMore ? "Header_CountMore" : "Header_Count", count, formatter.integer(count));
}

/** What went wrong in plain words, and the platform's own message as details when it said something else. */
export function describeError(error: LoadError, strings: Strings): { message: string; details: string | null } {
  const message = strings.get(`Error_${capitalize(error.kind)}`);
  const details = error.message !== "" && error.message !== message ? strings.format("Error_Details", error.message) : null;
  return { message, details };
}
