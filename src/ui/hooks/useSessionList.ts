import * as React from "react";
import { LoadFailure, withRetries } from "../../data/retry";
import type { LoadError, SessionListRequest } from "../../model";
import type { ControlServices } from "../services";
import type { SessionListState } from "./sessionListState";
import { sessionListReducer } from "./sessionListState";
import { useLoadSignals } from "./useLoadSignals";

export interface SessionList {
  state: SessionListState;
  /**
   * Loads the first page again (refresh, retry, after a new session); settles when the load is over. A quiet reload
   * (the list keeping itself current) shows no spinner.
   */
  reload(options?: { quiet?: boolean }): Promise<void>;
  /** Loads the page after the last one shown; also the retry after a failed later page. */
  loadMore(): void;
}

/** Calls `onFailure` with the final error; a load that was cancelled (superseded, destroyed) ends silently. */
function whenFailed(onFailure: (error: LoadError) => void): (failure: unknown) => void {
  return (failure) => {
    if (failure instanceof LoadFailure) onFailure(failure.error);
  };
}

/**
 * Owns the list: the first page whenever the request changes, later pages on request. Transient failures are retried
 * by the retry policy; only the newest load may change the list, and nothing does after the control is gone.
 * `request` must keep its identity while nothing in it changes (SessionsPanel memoizes it): a new object is a new query.
 * While the client is offline nothing is queried: the session table is not known to be available offline, and its
 * lookup filter is not supported there (platform-facts §2).
 */
export function useSessionList(request: SessionListRequest | null, offline: boolean, services: ControlServices): SessionList {
  const [state, dispatch] = React.useReducer(sessionListReducer, request === null ? { phase: "unsaved" } : { phase: "loading", retrying: null });
  const nextSignal = useLoadSignals(services.lifetime);
  const lastRequest = React.useRef<SessionListRequest | null>(null);
  const moreInFlight = React.useRef(false);

  const loadFirstPage = React.useCallback((options?: { quiet?: boolean }): Promise<void> => {
    const signal = nextSignal();
    moreInFlight.current = false;
    if (request === null || offline) {
      lastRequest.current = null;
      dispatch({ type: request === null ? "unsaved" : "offline" });
      return Promise.resolve();
    }
    dispatch({ type: "firstPageRequested", keepRows: request === lastRequest.current, quiet: options?.quiet === true });
    lastRequest.current = request;
    return withRetries(() => services.repository.fetchFirstPage(request), {
      signal,
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "firstPageRetrying", retrying: { kind: error.kind, retry } }),
    }).then(
      (page) => dispatch({ type: "firstPageLoaded", sessions: page.sessions, cursor: page.cursor, receivedAt: services.now() }),
      whenFailed((error) => dispatch({ type: "firstPageFailed", error })),
    );
  }, [request, offline, services, nextSignal]);

  const loadMore = React.useCallback(() => {
    if (request === null || state.phase !== "ready" || state.cursor === null || moreInFlight.current) return;
    const { cursor } = state;
    const signal = nextSignal();
    moreInFlight.current = true;
    dispatch({ type: "morePageRequested" });
    withRetries(() => services.repository.fetchNextPage(request, cursor), {
      signal,
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "morePageRetrying", retrying: { kind: error.kind, retry } }),
    })
      .then(
        (page) => dispatch({ type: "morePageLoaded", sessions: page.sessions, cursor: page.cursor }),
        whenFailed((error) => dispatch({ type: "morePageFailed", error })),
      )
      .finally(() => {
        if (!signal.aborted) moreInFlight.current = false;
      });
  }, [request, state, services, nextSignal]);

  // The one place a query starts by itself: when what it asks for changed (record, scope, filters, page size).
  React.useEffect(() => {
    void loadFirstPage();
  }, [loadFirstPage]);

  return { state, reload: loadFirstPage, loadMore };
}
