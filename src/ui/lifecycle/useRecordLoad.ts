import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { SessionScope } from "../../model";
import type { ReloadMode } from "../list/sessionListState";
import type { RootServices } from "../rootProps";
import { afterNextPaint } from "./afterNextPaint";
import { useAbortableLoads } from "./useAbortableLoads";
import { useCallback, useEffect, useReducer } from "../reactBindings";

/** What an aggregate over the record counts: the record's sessions within the maker's scope. */
export interface RecordQuery {
  regardingId: string;
  scope: SessionScope;
}

/** Starts one load for the record and scope: returns the attempt that retries call again. */
export type RecordFetch<T> = (services: RootServices, regardingId: string, scope: SessionScope) => () => Promise<T>;

export interface RecordLoad<T> {
  /** The answer for the record and scope asked now; null while unknown, off or failed. */
  value: T | null;
  /** The last load for this record and scope failed. */
  failed: boolean;
  /** Asks again (with the list's reload); settles when done. A quiet refresh joins a load already on its way. */
  reload(mode: ReloadMode): Promise<void>;
}

/** `key`: the record and scope the answer is for, `${regardingId}|${scope}`; null when nothing is asked. */
interface Answer<T> {
  key: string | null;
  value: T | null;
  failed: boolean;
}

type AnswerAction<T> = { key: string | null; value?: T; failed?: boolean };

/** An answer of the same record being asked again stays until the new one; another record's never shows. */
function answerReducer<T>(answer: Answer<T>, { key, value, failed = false }: AnswerAction<T>): Answer<T> {
  if (value === undefined && !failed) return answer.key === key ? { ...answer, failed } : { key, value: null, failed };
  return { key, value: value ?? null, failed };
}

interface LoadInFlight {
  key: string;
  done: Promise<void>;
}

/**
 * One aggregate query about the record (counts, history): loaded when the record or the maker's scope changes (its
 * key), and again on every `reload`, which settles when done; a quiet refresh joins a load already on its way. A
 * failure is only not shown: it never hides or delays the list. `query` is null when the feature is off or the list
 * queries nothing (unsaved, offline: see ListQuery).
 *
 * It stays out of the way of the list's rows. A record's first load waits until the list shows the record's first
 * page (`listShown`), then for the browser's next paint: asked with the list, the answers would arrive while the rows
 * render and hold back their paint. A list that fails (throttled, forbidden) so sends no aggregates to fail the same
 * way. Later loads of the list (filters, Load more) do not ask again; a refresh reloads all three at once.
 */
export function useRecordLoad<T>(query: RecordQuery | null, services: RootServices, fetch: RecordFetch<T>, listShown: boolean): RecordLoad<T> {
  const [answer, dispatch] = useReducer(answerReducer as typeof answerReducer<T>, { key: null, value: null, failed: false });
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
      dispatch({ key });
      if (regardingId === null || scope === null || key === null) return Promise.resolve();
      const done = withRetries(fetch(services, regardingId, scope), { signal, classify: services.classify }).then(
        (value) => dispatch({ key, value }),
        whenFailed(() => dispatch({ key, failed: true })),
      );
      const load: LoadInFlight = { key, done };
      inFlight.current = load;
      return done.finally(() => {
        if (inFlight.current === load) inFlight.current = null;
      });
    },
    [regardingId, scope, key, services, nextSignal, fetch],
  );

  // A load starts by itself only when what it counts changed (once the list shows it), or to forget an answer; after
  // the next paint, as starting one sets state and so renders the panel again.
  useEffect(() => {
    let wanted = answer.key !== key && (listShown || key === null);
    if (wanted) void afterNextPaint().then(() => void (wanted && reload("replace")));
    return () => void (wanted = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what is counted, not by the callback's identity
  }, [key, listShown]);

  const current = key !== null && answer.key === key;
  return { value: current ? answer.value : null, failed: current && answer.failed, reload };
}
