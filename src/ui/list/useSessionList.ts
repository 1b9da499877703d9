import * as React from "react";
import { whenFailed, withRetries } from "../../data/retry";
import type { RootServices } from "../rootProps";
import { useAbortableLoads } from "../lifecycle/useAbortableLoads";
import type { ListQuery } from "./listQuery";
import type { SessionPage } from "../../model";
import type { FirstPageLoad, MorePageLoad, PageLoad, ReloadMode, SessionListAction, SessionListState } from "./sessionListState";
import { firstPageInFlight, morePageInFlight, sessionListReducer } from "./sessionListState";
import { useCallback, useEffect, useReducer } from "../reactBindings";

export interface SessionList {
  state: SessionListState;
  /** Loads the first page again the way `mode` says (see ReloadMode); settles when no first page is on its way any more. */
  reload(mode: ReloadMode): Promise<void>;
  /** Loads the page after the last one shown; also the retry after a failed later page. */
  loadMore(): void;
}

const fetchFirstPage = ({ repository }: RootServices, { request, rows }: FirstPageLoad) => repository.fetchFirstPage(request, rows);
const fetchNextPage = ({ repository }: RootServices, { request, cursor }: MorePageLoad) => repository.fetchNextPage(request, cursor);

/**
 * Sends the load the state names, once, and aborts it when the state stops naming it. Each kind of page has its own
 * signals: a Load more must never abort the first page it continues.
 */
function useSentLoad<L extends PageLoad>(
  load: L | null,
  fetchPage: (services: RootServices, load: L) => Promise<SessionPage>,
  services: RootServices,
  dispatch: (action: SessionListAction) => void,
): void {
  const loads = useAbortableLoads(services.lifetime);
  useEffect(() => {
    if (load === null) return undefined;
    withRetries(() => fetchPage(services, load), {
      signal: loads.next(),
      classify: services.classify,
      onRetry: (error, retry) => dispatch({ type: "retrying", load, retrying: { kind: error.kind, retry } }),
    }).then(
      (page) => dispatch({ type: "loaded", load, sessions: page.sessions, cursor: page.cursor, receivedAt: services.now() }),
      whenFailed((error) => dispatch({ type: "failed", load, error })),
    );
    return loads.cancel;
  }, [load, fetchPage, services, loads, dispatch]);
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
  /** Reloads waiting for the first page on its way to be over. */
  const settleWaiters = React.useRef<(() => void)[]>([]);

  const firstPage = firstPageInFlight(state);
  useSentLoad(firstPage, fetchFirstPage, services, dispatch);
  useSentLoad(morePageInFlight(state), fetchNextPage, services, dispatch);
  useEffect(() => {
    if (firstPage === null) settleWaiters.current.splice(0).forEach((settle) => settle());
  }, [firstPage]);

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
