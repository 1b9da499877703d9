import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { LoadError, SessionScope } from "../../model";
import type { ReloadMode } from "../list/sessionListState";
import type { RootServices } from "../rootProps";
import { useAbortableLoads } from "./useAbortableLoads";
import { useCallback, useEffect } from "../reactBindings";

/** What an aggregate over the record counts: the record's sessions within the maker's scope. */
export interface RecordQuery {
  regardingId: string;
  scope: SessionScope;
}

/** `key`: the record and scope a load is for, `${regardingId}|${scope}`. */
export type RecordLoadAction<T> =
  | { type: "off" }
  | { type: "requested"; key: string }
  | { type: "loaded"; key: string; value: T }
  | { type: "failed"; key: string; error: LoadError };

/** Starts one load for the record and scope: returns the attempt that retries call again. */
export type RecordFetch<T> = (services: RootServices, regardingId: string, scope: SessionScope) => () => Promise<T>;

interface LoadInFlight {
  key: string;
  done: Promise<void>;
}

/**
 * One aggregate query about the record (counts, history): loaded when the record or the maker's scope changes (its
 * key), and again on every `reload`, which settles when done; a quiet refresh joins a load already on its way. What
 * happens is dispatched as actions. `query` is null when the feature is off or the list queries nothing (unsaved,
 * offline: see ListQuery).
 */
export function useRecordLoad<T>(
  query: RecordQuery | null,
  services: RootServices,
  fetch: RecordFetch<T>,
  dispatch: (action: RecordLoadAction<T>) => void,
): (mode: ReloadMode) => Promise<void> {
  const { next: nextSignal } = useAbortableLoads(services.lifetime);
  /** The load on its way, for a quiet refresh to join. */
  const inFlight = React.useRef<LoadInFlight | null>(null);
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
      const done = withRetries(fetch(services, regardingId, scope), { signal, classify: services.classify }).then(
        (value) => dispatch({ type: "loaded", key, value }),
        whenFailed((error) => dispatch({ type: "failed", key, error })),
      );
      const load: LoadInFlight = { key, done };
      inFlight.current = load;
      return done.finally(() => {
        if (inFlight.current === load) inFlight.current = null;
      });
    },
    [regardingId, scope, key, services, nextSignal, fetch, dispatch],
  );

  // A load starts by itself only when what it counts changed.
  useEffect(() => {
    void reload("replace");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what is counted, not by the callback's identity
  }, [key]);

  return reload;
}
