import type { RecordFetch, RecordLoadAction, RecordQuery } from "../lifecycle/useRecordLoad";
import { useRecordLoad } from "../lifecycle/useRecordLoad";
import type { ReloadMode } from "../list/sessionListState";
import type { RootServices } from "../rootProps";
import type { WeekBucket } from "./historyWeeks";
import { bucketByWeek, windowWeekStarts } from "./historyWeeks";
import { useMemo, useReducer } from "../reactBindings";

/** Hidden covers off, loading and failed alike: the chart only ever shows an answer. */
export type SessionHistoryState = { status: "hidden" } | { status: "ready"; weeks: WeekBucket[] };

export interface SessionHistoryLoad {
  state: SessionHistoryState;
  /** Asks again (with the list's reload); settles when done. A quiet refresh joins one already on its way. */
  reload(mode: ReloadMode): Promise<void>;
}

const HIDDEN: SessionHistoryState = { status: "hidden" };

interface HistoryAnswer {
  /** The record and scope the answer is for. */
  key: string;
  weeks: WeekBucket[];
}

/** Off and failed hide the chart; a history of the same record being reloaded stays until the answer. */
function answerReducer(answer: HistoryAnswer | null, action: RecordLoadAction<WeekBucket[]>): HistoryAnswer | null {
  switch (action.type) {
    case "requested":
      return answer;
    case "loaded":
      return { key: action.key, weeks: action.value };
    default:
      return null;
  }
}

/** The weeks are counted from the day the load starts: its retries ask for the same weeks. */
const fetchWeeks: RecordFetch<WeekBucket[]> = ({ formatter, now, repository }, regardingId, scope) => {
  const weekStarts = windowWeekStarts(formatter.day(now()), formatter.firstDayOfWeek());
  return () => repository.fetchHistory(regardingId, scope, weekStarts[0]).then((days) => bucketByWeek(days, weekStarts));
};

/**
 * The record's sessions per week over the last 13 weeks: one aggregate query when the record or the maker's scope
 * changes (its key, `${id}|${scope}`, as the counts'), and again with every reload of the list; never with the agent's
 * filters. The weeks are the user's (time zone and first day of the week). A failed query (the 50,000-row aggregate
 * limit among others) hides the chart and leaves the list alone; a history of the same record being reloaded stays on
 * screen until the answer. `query` is null when the maker turned it off or the list queries nothing (unsaved, offline).
 */
export function useSessionHistory(query: RecordQuery | null, services: RootServices): SessionHistoryLoad {
  /** The last answer and the record and scope it was for: another record's history is never shown. */
  const [answer, dispatch] = useReducer(answerReducer, null);
  const reload = useRecordLoad(query, services, fetchWeeks, dispatch);
  const key = query === null ? null : `${query.regardingId}|${query.scope}`;

  const shown = key !== null && answer !== null && answer.key === key;
  const state = useMemo<SessionHistoryState>(() => (shown && answer ? { status: "ready", weeks: answer.weeks } : HIDDEN), [shown, answer]);
  return { state, reload };
}
