import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { CountsQuery } from "../counts/useSessionCounts";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";
import type { ReloadMode } from "../list/sessionListState";
import type { RootServices } from "../rootProps";
import type { WeekBucket } from "./historyWeeks";
import { bucketByWeek, windowWeekStarts } from "./historyWeeks";
import { useCallback, useEffect, useMemo, useReducer } from "../reactBindings";

/** Hidden covers off, loading and failed alike: the chart only ever shows an answer. */
export type SessionHistoryState = { status: "hidden" } | { status: "ready"; weeks: WeekBucket[] };

export interface SessionHistoryLoad {
  state: SessionHistoryState;
  /** Asks again (with the list's reload); settles when done. A quiet refresh joins one already on its way. */
  reload(mode: ReloadMode): Promise<void>;
}

interface HistoryInFlight {
  key: string;
  done: Promise<void>;
}

const HIDDEN: SessionHistoryState = { status: "hidden" };

interface HistoryAnswer {
  /** The record and scope the answer is for. */
  key: string;
  weeks: WeekBucket[];
}

const replaceAnswer = (_previous: HistoryAnswer | null, next: HistoryAnswer | null): HistoryAnswer | null => next;

/**
 * The record's sessions per week over the last 13 weeks: one aggregate query when the record or the maker's scope
 * changes (its key, `${id}|${scope}`, as the counts'), and again with every reload of the list; never with the agent's
 * filters. The weeks are the user's (time zone and first day of the week). A failed query (the 50,000-row aggregate
 * limit among others) hides the chart and leaves the list alone; a history of the same record being reloaded stays on
 * screen until the answer. `query` is null when the maker turned it off or the list queries nothing (unsaved, offline).
 */
export function useSessionHistory(query: CountsQuery | null, services: RootServices): SessionHistoryLoad {
  /** The last answer and the record and scope it was for: another record's history is never shown. */
  const [answer, setAnswer] = useReducer(replaceAnswer, null);
  const { next: nextSignal } = useAbortableLoads(services.lifetime);
  /** The query on its way, for a quiet refresh to join. */
  const inFlight = React.useRef<HistoryInFlight | null>(null);
  const regardingId = query?.regardingId ?? null;
  const scope = query?.scope ?? null;
  const key = regardingId === null || scope === null ? null : `${regardingId}|${scope}`;

  const reload = useCallback(
    (mode: ReloadMode): Promise<void> => {
      if (mode === "quietRefresh" && key !== null && inFlight.current?.key === key) return inFlight.current.done;
      const signal = nextSignal();
      inFlight.current = null;
      if (regardingId === null || scope === null || key === null) {
        setAnswer(null);
        return Promise.resolve();
      }
      const { formatter, repository, classify } = services;
      const weekStarts = windowWeekStarts(formatter.day(services.now()), formatter.firstDayOfWeek());
      const done = withRetries(() => repository.fetchHistory(regardingId, scope, weekStarts[0]), { signal, classify }).then(
        (days) => setAnswer({ key, weeks: bucketByWeek(days, weekStarts) }),
        whenFailed(() => setAnswer(null)),
      );
      const load: HistoryInFlight = { key, done };
      inFlight.current = load;
      return done.finally(() => {
        if (inFlight.current === load) inFlight.current = null;
      });
    },
    [regardingId, scope, key, services, nextSignal],
  );

  // The history starts by itself only when what it counts changed.
  useEffect(() => {
    void reload("replace");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what is counted, not by the callback's identity
  }, [key]);

  const shown = key !== null && answer !== null && answer.key === key;
  const state = useMemo<SessionHistoryState>(() => (shown && answer ? { status: "ready", weeks: answer.weeks } : HIDDEN), [shown, answer]);
  return { state, reload };
}
