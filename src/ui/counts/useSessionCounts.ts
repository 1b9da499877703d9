import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { LoadError, SessionCounts, SessionScope } from "../../model";
import type { RootServices } from "../rootProps";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";
import type { ReloadMode } from "../list/sessionListState";
import { useCallback, useEffect, useReducer } from "../reactBindings";

export type SessionCountsState =
  | { status: "off" }
  | { status: "loading"; key: string }
  /** `key`: what was counted, `${regardingId}|${scope}`. */
  | { status: "ready"; key: string; counts: SessionCounts }
  | { status: "failed"; key: string; error: LoadError };

type CountsAction =
  | { type: "off" }
  | { type: "requested"; key: string }
  | { type: "loaded"; key: string; counts: SessionCounts }
  | { type: "failed"; key: string; error: LoadError };

/** Counts of the same record being reloaded stay on screen until the new ones arrive; another record's never do. */
function countsReducer(state: SessionCountsState, action: CountsAction): SessionCountsState {
  switch (action.type) {
    case "off":
      return { status: "off" };
    case "requested":
      return state.status === "ready" && state.key === action.key ? state : { status: "loading", key: action.key };
    case "loaded":
      return { status: "ready", key: action.key, counts: action.counts };
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
export interface CountsQuery {
  regardingId: string;
  scope: SessionScope;
}

interface CountInFlight {
  key: string;
  done: Promise<void>;
}

/**
 * The record's sessions counted by state and channel: one aggregate query when the record or the maker's scope
 * changes (its key, `${id}|${scope}`), and again with every reload of the list. A failed count never hides the list;
 * it is only not shown. `query` is null when the maker turned counts off or the list queries nothing (unsaved,
 * offline: see ListQuery).
 */
export function useSessionCounts(query: CountsQuery | null, services: RootServices): SessionCountsLoad {
  const [state, dispatch] = useReducer(countsReducer, { status: "off" });
  const { next: nextSignal } = useAbortableLoads(services.lifetime);
  /** The count on its way, for a quiet refresh to join. */
  const inFlight = React.useRef<CountInFlight | null>(null);
  const regardingId = query?.regardingId ?? null;
  const scope = query?.scope ?? null;
  const key = regardingId === null || scope === null ? null : `${regardingId}|${scope}`;

  const reload = useCallback(
    (mode: ReloadMode): Promise<void> => {
      if (mode === "quietRefresh" && key !== null && inFlight.current?.key === key) return inFlight.current.done;
      const signal = nextSignal();
      inFlight.current = null;
      if (regardingId === null || scope === null || key === null) {
        dispatch({ type: "off" });
        return Promise.resolve();
      }
      dispatch({ type: "requested", key });
      const done = withRetries(() => services.repository.fetchCounts(regardingId, scope), { signal, classify: services.classify }).then(
        (counts) => dispatch({ type: "loaded", key, counts }),
        whenFailed((error) => dispatch({ type: "failed", key, error })),
      );
      const load: CountInFlight = { key, done };
      inFlight.current = load;
      return done.finally(() => {
        if (inFlight.current === load) inFlight.current = null;
      });
    },
    [regardingId, scope, key, services, nextSignal],
  );

  // Counts start by themselves only when what they count changed.
  useEffect(() => {
    void reload("replace");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what is counted, not by the callback's identity
  }, [key]);

  return { state, reload };
}
