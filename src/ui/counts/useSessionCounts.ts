import type { LoadError, SessionCounts } from "../../model";
import type { RootServices } from "../rootProps";
import type { RecordFetch, RecordLoadAction, RecordQuery } from "../lifecycle/useRecordLoad";
import { useRecordLoad } from "../lifecycle/useRecordLoad";
import type { ReloadMode } from "../list/sessionListState";
import { useReducer } from "../reactBindings";

export type SessionCountsState =
  | { status: "off" }
  | { status: "loading"; key: string }
  /** `key`: what was counted, `${regardingId}|${scope}`. */
  | { status: "ready"; key: string; counts: SessionCounts }
  | { status: "failed"; key: string; error: LoadError };

/** Counts of the same record being reloaded stay on screen until the new ones arrive; another record's never do. */
function countsReducer(state: SessionCountsState, action: RecordLoadAction<SessionCounts>): SessionCountsState {
  switch (action.type) {
    case "off":
      return { status: "off" };
    case "requested":
      return state.status === "ready" && state.key === action.key ? state : { status: "loading", key: action.key };
    case "loaded":
      return { status: "ready", key: action.key, counts: action.value };
    case "failed":
      return { status: "failed", key: action.key, error: action.error };
  }
}

export interface SessionCountsLoad {
  state: SessionCountsState;
  /** Counts again (with the list's reload); settles when done. A quiet refresh joins a count already on its way. */
  reload(mode: ReloadMode): Promise<void>;
}

/** What to count: the record's sessions within the maker's scope; null when counts are off. */
export type CountsQuery = RecordQuery;

const fetchCounts: RecordFetch<SessionCounts> = (services, regardingId, scope) => () => services.repository.fetchCounts(regardingId, scope);

/**
 * The record's sessions counted by state and channel: one aggregate query when the record or the maker's scope
 * changes (its key, `${id}|${scope}`), and again with every reload of the list. A failed count never hides the list;
 * it is only not shown. `query` is null when the maker turned counts off or the list queries nothing (unsaved,
 * offline: see ListQuery).
 */
export function useSessionCounts(query: CountsQuery | null, services: RootServices): SessionCountsLoad {
  const [state, dispatch] = useReducer(countsReducer, { status: "off" });
  const reload = useRecordLoad(query, services, fetchCounts, dispatch);

  return { state, reload };
}
