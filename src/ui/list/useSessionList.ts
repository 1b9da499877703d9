import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { SessionListRequest } from "../../model";
import type { RootServices } from "../rootProps";
import type { SessionListState } from "./sessionListState";
import { sessionListReducer } from "./sessionListState";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";

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

/** A first page on its way; a quiet refresh keeps the pages loaded beyond it (see withRefreshedFirstPage). */
interface FirstPageLoad {
  keepsLoadedPages: boolean;
  done: Promise<void>;
}

/**
 * Owns the list: the first page whenever the request changes, later pages on request. Transient failures are retried
 * by the retry policy; only the newest load may change the list, and nothing does after the control is gone.
 * `request` must keep its identity while nothing in it changes (SessionsPanel memoizes it): a new object is a new query.
 * While the client is offline nothing is queried: the session table is not known to be available offline, and its
 * lookup filter is not supported there (platform-facts §2).
 */
export function useSessionList(request: SessionListRequest | null, offline: boolean, services: RootServices): SessionList {
  const [state, dispatch] = React.useReducer(sessionListReducer, request === null ? { phase: "unsaved" } : { phase: "loading", retrying: null });
  // Later pages have their own signals: a Load more must never abort the first page it continues.
  const firstPageSignals = useAbortableLoads(services.lifetime);
  const morePageSignals = useAbortableLoads(services.lifetime);
  const lastRequest = React.useRef<SessionListRequest | null>(null);
  const firstPageInFlight = React.useRef<FirstPageLoad | null>(null);
  /** A later page is on its way, or waits for the first page under way to give it the cursor to follow. */
  const moreInFlight = React.useRef(false);
  const moreAwaitsFirstPage = React.useRef(false);

  const loadMoreFrom = React.useCallback(
    (listRequest: SessionListRequest, cursor: string) => {
      const signal = morePageSignals.next();
      moreInFlight.current = true;
      dispatch({ type: "morePageRequested" });
      withRetries(() => services.repository.fetchNextPage(listRequest, cursor), {
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
    },
    [services, morePageSignals],
  );

  /** The first page is in: a Load more that waited for it follows its cursor; after a failure it is dropped. */
  const firstPageSettled = React.useCallback(
    (listRequest: SessionListRequest, cursor: string | null) => {
      firstPageInFlight.current = null;
      if (!moreAwaitsFirstPage.current) return;
      moreAwaitsFirstPage.current = false;
      moreInFlight.current = false;
      if (cursor !== null) loadMoreFrom(listRequest, cursor);
    },
    [loadMoreFrom],
  );

  const loadFirstPage = React.useCallback((options?: { quiet?: boolean }): Promise<void> => {
    const quiet = options?.quiet === true;
    const keepRows = request === lastRequest.current;
    const keepLoadedPages = quiet && keepRows && request !== null;
    // Keeping current while the same query is on its way would only ask again.
    if (keepLoadedPages && firstPageInFlight.current !== null) return firstPageInFlight.current.done;
    const signal = firstPageSignals.next();
    firstPageInFlight.current = null;
    if (!keepLoadedPages) {
      // This first page replaces the rows a later page would follow.
      morePageSignals.cancel();
      moreInFlight.current = false;
      moreAwaitsFirstPage.current = false;
    }
    if (request === null || offline) {
      lastRequest.current = null;
      dispatch({ type: request === null ? "unsaved" : "offline" });
      return Promise.resolve();
    }
    dispatch({ type: "firstPageRequested", keepRows, quiet });
    lastRequest.current = request;
    const done = withRetries(() => services.repository.fetchFirstPage(request), {
      signal,
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "firstPageRetrying", retrying: { kind: error.kind, retry } }),
    }).then(
      (page) => {
        dispatch({ type: "firstPageLoaded", sessions: page.sessions, cursor: page.cursor, receivedAt: services.now(), keepLoadedPages });
        return firstPageSettled(request, page.cursor);
      },
      whenFailed((error) => {
        dispatch({ type: "firstPageFailed", error });
        firstPageSettled(request, null);
      }),
    );
    firstPageInFlight.current = { keepsLoadedPages: keepLoadedPages, done };
    return done;
  }, [request, offline, services, firstPageSignals, morePageSignals, firstPageSettled]);

  const loadMore = React.useCallback(() => {
    if (request === null || state.phase !== "ready" || state.cursor === null || moreInFlight.current) return;
    const refresh = firstPageInFlight.current;
    // Beside a quiet refresh, which keeps the loaded pages, the next page follows the rows shown at once.
    if (refresh === null || refresh.keepsLoadedPages) {
      loadMoreFrom(request, state.cursor);
      return;
    }
    // Any other refresh replaces the rows: the next page waits for it and follows its cursor.
    moreInFlight.current = true;
    moreAwaitsFirstPage.current = true;
    dispatch({ type: "morePageRequested" });
  }, [request, state, loadMoreFrom]);

  // The one place a query starts by itself: when what it asks for changed (record, scope, filters, page size).
  React.useEffect(() => {
    void loadFirstPage();
  }, [loadFirstPage]);

  return { state, reload: loadFirstPage, loadMore };
}
