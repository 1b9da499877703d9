import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { RootServices } from "../rootProps";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";
import type { ListQuery } from "./listQuery";
import type { ReloadMode, SessionListState } from "./sessionListState";
import { firstPageInFlight, morePageInFlight, sessionListReducer } from "./sessionListState";
import { useCallback, useEffect, useReducer } from "../reactBindings";

export interface SessionList {
  state: SessionListState;
  /** Loads the first page again the way `mode` says (see ReloadMode); settles when no first page is on its way any more. */
  reload(mode: ReloadMode): Promise<void>;
  /** Loads the page after the last one shown; also the retry after a failed later page. */
  loadMore(): void;
}

function initialState(query: ListQuery): SessionListState {
  return query.kind === "sessions" ? { phase: "loading", load: { request: query.request, key: query.key, rows: query.request.pageSize }, retrying: null } : { phase: query.kind };
}

/**
 * Owns the list. The reducer (sessionListState) decides every rule and names the loads on their way; this hook sends
 * each load the state names once, and aborts it when the state stops naming it (superseded, cancelled by the agent's
 * refresh, offline, unmounted, the control destroyed). Only the load the state names may change the list. A query
 * starts by itself only when the query's key changes.
 */
export function useSessionList(query: ListQuery, services: RootServices): SessionList {
  const [state, dispatch] = useReducer(sessionListReducer, query, initialState);
  // Later pages have their own signals: a Load more must never abort the first page it continues.
  const firstPages = useAbortableLoads(services.lifetime);
  const morePages = useAbortableLoads(services.lifetime);
  /** Reloads waiting for the first page on its way to be over. */
  const settleWaiters = React.useRef<(() => void)[]>([]);

  const firstPage = firstPageInFlight(state);
  useEffect(() => {
    if (firstPage === null) {
      settleWaiters.current.splice(0).forEach((settle) => settle());
      return undefined;
    }
    const signal = firstPages.next();
    withRetries(() => services.repository.fetchFirstPage(firstPage.request, firstPage.rows), {
      signal,
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "firstPageRetrying", load: firstPage, retrying: { kind: error.kind, retry } }),
    }).then(
      (page) => dispatch({ type: "firstPageLoaded", load: firstPage, sessions: page.sessions, cursor: page.cursor, receivedAt: services.now() }),
      whenFailed((error) => dispatch({ type: "firstPageFailed", load: firstPage, error })),
    );
    return () => firstPages.cancel();
  }, [firstPage, services, firstPages]);

  const morePage = morePageInFlight(state);
  useEffect(() => {
    if (morePage === null) return undefined;
    const signal = morePages.next();
    withRetries(() => services.repository.fetchNextPage(morePage.request, morePage.cursor), {
      signal,
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "morePageRetrying", load: morePage, retrying: { kind: error.kind, retry } }),
    }).then(
      (page) => dispatch({ type: "morePageLoaded", load: morePage, sessions: page.sessions, cursor: page.cursor }),
      whenFailed((error) => dispatch({ type: "morePageFailed", load: morePage, error })),
    );
    return () => morePages.cancel();
  }, [morePage, services, morePages]);

  useEffect(() => () => settleWaiters.current.splice(0).forEach((settle) => settle()), []);

  const { key } = query;
  const request = query.kind === "sessions" ? query.request : null;
  const reload = useCallback(
    (mode: ReloadMode): Promise<void> => {
      if (request === null) {
        dispatch({ type: key === "offline" ? "offline" : "unsaved" });
        return Promise.resolve();
      }
      dispatch({ type: "firstPageRequested", mode, request, key });
      return new Promise<void>((resolve) => settleWaiters.current.push(resolve));
    },
    [request, key],
  );

  const loadMore = useCallback(() => dispatch({ type: "morePageRequested" }), []);

  // The one place a query starts by itself: when its key changed (record, scope, filters, page size, offline). The key
  // names the request, so a new request object with the same key is the same query and asks nothing.
  useEffect(() => {
    void reload("replace");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the request's key, not by the callback's identity
  }, [key]);

  return { state, reload, loadMore };
}
