import type { HistoryDayCount } from "../../model";
import type { RecordFetch, RecordLoad, RecordQuery } from "../lifecycle/useRecordLoad";
import { useRecordLoad } from "../lifecycle/useRecordLoad";
import type { RootServices } from "../rootProps";
import { windowWeekStarts } from "./historyWeeks";

/** The aggregate's day counts and the weeks they were asked for, oldest first. */
export interface SessionHistoryAnswer {
  weekStarts: number[];
  days: HistoryDayCount[];
}

/** The weeks are counted from the day the load starts, in the user's calendar: its retries ask for the same weeks. */
const fetchHistory: RecordFetch<SessionHistoryAnswer> = ({ formatter, now, repository }, regardingId, scope) => {
  const weekStarts = windowWeekStarts(formatter.day(now()), formatter.firstDayOfWeek());
  return () => repository.fetchHistory(regardingId, scope, weekStarts[0]).then((days) => ({ weekStarts, days }));
};

/**
 * The record's sessions per day and channel over the last 13 weeks: one aggregate query when the record or the
 * maker's scope changes (its key, `${id}|${scope}`, as the counts') and the list shows that record's rows, and again
 * with every reload of the list; never with the agent's filters. A failed query (the 50,000-row aggregate limit among
 * others) hides the chart and leaves the list alone; a history of the same record being reloaded stays on screen
 * until the answer. `query` is null when the maker turned it off or the list queries nothing (unsaved, offline).
 */
export function useSessionHistory(query: RecordQuery | null, services: RootServices, listShown: boolean): RecordLoad<SessionHistoryAnswer> {
  return useRecordLoad(query, services, fetchHistory, listShown);
}
