import type { Session } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";

export interface DayGroup {
  /** The user's calendar day (Formatter.day), or null for sessions whose start is unknown. */
  day: number | null;
  sessions: Session[];
}

/**
 * The sessions under the day each started on, in the order they came: days in the order their first session
 * came, sessions whose start is unknown last.
 */
export function groupByDay(sessions: readonly Session[], dayOf: (value: Date) => number): DayGroup[] {
  const groups = new Map<number | null, Session[]>();
  const undated: Session[] = [];
  for (const session of sessions) {
    if (session.startedOn === null) {
      undated.push(session);
      continue;
    }
    const day = dayOf(session.startedOn);
    const group = groups.get(day);
    if (group) group.push(session);
    else groups.set(day, [session]);
  }
  if (undated.length > 0) groups.set(null, undated);
  return Array.from(groups, ([day, grouped]) => ({ day, sessions: grouped }));
}

/** "Today", "Yesterday", else the date in the user's format. */
export function dayHeading(group: DayGroup, today: number, strings: Strings, formatter: Formatter): string {
  const started = group.sessions[0].startedOn;
  if (group.day === null || started === null) return strings.get("Day_Unknown");
  if (group.day === today) return strings.get("Day_Today");
  if (group.day === today - 1) return strings.get("Day_Yesterday");
  return formatter.date(started);
}
