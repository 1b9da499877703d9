import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { SessionScope } from "../../model";
import type { ControlServices } from "../rootProps";
import { useLoadSignals } from "../lifecycle/useLoadSignals";
import type { WeekBucket } from "./historyWeeks";
import { bucketByWeek, windowWeekStarts } from "./historyWeeks";

/** Hidden covers off, loading and failed alike: the chart only ever shows an answer. */
export type SessionHistoryState = { status: "hidden" } | { status: "ready"; weeks: WeekBucket[] };

export interface SessionHistoryLoad {
  state: SessionHistoryState;
  /** Asks again (with the list's refresh); settles when done. A quiet reload joins one already on its way. */
  reload(options?: { quiet?: boolean }): Promise<void>;
}

interface HistoryInFlight {
  query: string;
  done: Promise<void>;
}

const HIDDEN: SessionHistoryState = { status: "hidden" };

interface HistoryAnswer {
  /** The record and scope the answer is for. */
  query: string;
  weeks: WeekBucket[];
}

const replaceAnswer = (_previous: HistoryAnswer | null, next: HistoryAnswer | null): HistoryAnswer | null => next;

/**
 * The record's sessions per week over the last 13 weeks: one aggregate query when the record or the maker's scope
 * changes, and again with every refresh of the list; never with the agent's filters. The weeks are the user's (time
 * zone and first day of the week). A failed query (the 50,000-row aggregate limit among others) hides the chart and
 * leaves the list alone; a history of the same record being reloaded stays on screen until the answer.
 * Off when the maker turned it off, the record is unsaved, or the client is offline (no aggregation offline).
 */
export function useSessionHistory(regardingId: string | null, scope: SessionScope, enabled: boolean, services: ControlServices): SessionHistoryLoad {
  /** The last answer and the record and scope it was for: another record's history is never shown. */
  const [answer, setAnswer] = React.useReducer(replaceAnswer, null);
  const { next: nextSignal } = useLoadSignals(services.lifetime);
  const inFlight = React.useRef<HistoryInFlight | null>(null);

  const load = React.useCallback(
    (options?: { quiet?: boolean }): Promise<void> => {
      const id = enabled ? regardingId : null;
      const query = id === null ? null : `${id}|${scope}`;
      if (options?.quiet === true && query !== null && inFlight.current?.query === query) return inFlight.current.done;
      const signal = nextSignal();
      inFlight.current = null;
      if (id === null || query === null) {
        setAnswer(null);
        return Promise.resolve();
      }
      const { formatter, repository, classify } = services;
      const weekStarts = windowWeekStarts(formatter.day(services.now()), formatter.firstDayOfWeek());
      const current: HistoryInFlight = {
        query,
        done: withRetries(() => repository.fetchHistory(id, scope, weekStarts[0]), { signal, classify }).then(
          (days) => setAnswer({ query, weeks: bucketByWeek(days, weekStarts) }),
          whenFailed(() => setAnswer(null)),
        ),
      };
      inFlight.current = current;
      return current.done.finally(() => {
        if (inFlight.current === current) inFlight.current = null;
      });
    },
    [regardingId, scope, enabled, nextSignal, services],
  );

  React.useEffect(() => {
    void load();
  }, [load]);

  const shown = enabled && answer !== null && answer.query === `${regardingId ?? ""}|${scope}`;
  const state = React.useMemo<SessionHistoryState>(() => (shown && answer ? { status: "ready", weeks: answer.weeks } : HIDDEN), [shown, answer]);
  return { state, reload: load };
}
