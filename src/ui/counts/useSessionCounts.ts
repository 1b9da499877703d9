import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { LoadError, SessionCounts, SessionScope } from "../../model";
import type { RootServices } from "../rootProps";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";

export type SessionCountsState =
  | { status: "off" }
  | { status: "loading" }
  | { status: "ready"; counts: SessionCounts }
  | { status: "failed"; error: LoadError };

type CountsAction =
  | { type: "off" }
  | { type: "requested"; keepCounts: boolean }
  | { type: "loaded"; counts: SessionCounts }
  | { type: "failed"; error: LoadError };

/** Counts of the same record being reloaded stay on screen until the new ones arrive; another record's never do. */
function countsReducer(state: SessionCountsState, action: CountsAction): SessionCountsState {
  switch (action.type) {
    case "off":
      return { status: "off" };
    case "requested":
      return state.status === "ready" && action.keepCounts ? state : { status: "loading" };
    case "loaded":
      return { status: "ready", counts: action.counts };
    case "failed":
      return { status: "failed", error: action.error };
  }
}

export interface SessionCountsLoad {
  state: SessionCountsState;
  /** Counts again (with the list's refresh); settles when done. A quiet reload joins a count already on its way. */
  reload(options?: { quiet?: boolean }): Promise<void>;
}

interface CountInFlight {
  query: string;
  done: Promise<void>;
}

/**
 * The record's sessions counted by state and channel: one aggregate query when the record or the maker's scope
 * changes, and again with every refresh of the list. A failed count never hides the list; it is only not shown.
 * Off when the maker turned counts off, the record is unsaved, or the client is offline (mobile offline supports no
 * aggregation: https://learn.microsoft.com/power-apps/mobile/offline-capabilities).
 */
export function useSessionCounts(regardingId: string | null, scope: SessionScope, enabled: boolean, services: RootServices): SessionCountsLoad {
  const [state, dispatch] = React.useReducer(countsReducer, { status: "off" });
  const { next: nextSignal } = useAbortableLoads(services.lifetime);
  const lastQuery = React.useRef<string | null>(null);
  const inFlight = React.useRef<CountInFlight | null>(null);

  const count = React.useCallback(
    (id: string, signal: AbortSignal): Promise<void> =>
      withRetries(() => services.repository.fetchCounts(id, scope), {
        signal,
        classify: services.classify,
      }).then(
        (counts) => dispatch({ type: "loaded", counts }),
        whenFailed((error) => dispatch({ type: "failed", error })),
      ),
    [scope, services],
  );

  const load = React.useCallback(
    (options?: { quiet?: boolean }): Promise<void> => {
      const id = enabled ? regardingId : null;
      const query = id === null ? null : `${id}|${scope}`;
      // A quiet refresh (polling, back to the tab) asks nothing new while the same count is on its way.
      if (options?.quiet === true && query !== null && inFlight.current?.query === query) return inFlight.current.done;
      const signal = nextSignal();
      inFlight.current = null;
      if (id === null || query === null) {
        lastQuery.current = null;
        dispatch({ type: "off" });
        return Promise.resolve();
      }
      dispatch({ type: "requested", keepCounts: query === lastQuery.current });
      lastQuery.current = query;
      const current: CountInFlight = { query, done: count(id, signal) };
      inFlight.current = current;
      return current.done.finally(() => {
        if (inFlight.current === current) inFlight.current = null;
      });
    },
    [regardingId, scope, enabled, nextSignal, count],
  );

  React.useEffect(() => {
    void load();
  }, [load]);

  return { state, reload: load };
}
