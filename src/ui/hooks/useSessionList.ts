import { useCallback, useEffect, useReducer, useRef } from "react";
import type { LoadError } from "../../data/loadError";
import { toLoadError } from "../../data/loadError";
import type { Session } from "../../data/sessionMapper";
import { mapSessions } from "../../data/sessionMapper";
import type { SessionPage } from "../../data/sessionRepository";
import type { ControlServices } from "../services";
import { useLiveness } from "./useLiveness";
import type { SessionListState } from "./sessionListState";
import { sessionListReducer } from "./sessionListState";

export interface SessionListRequest {
  /** The retrieveMultipleRecords options; null when there is nothing to query (unsaved record). */
  options: string | null;
  pageSize: number;
}

export interface SessionList {
  state: SessionListState;
  /** Loads the first page again (refresh, retry, after a new session). */
  reload(): void;
  /** Loads the page after the last one shown; also the retry after a failed later page. */
  loadMore(): void;
}

/**
 * Owns the list: the first page whenever the query changes, later pages on request. Only the answer to the
 * newest request is ever shown; answers after the control is gone are dropped.
 */
export function useSessionList(request: SessionListRequest, services: ControlServices): SessionList {
  const { options, pageSize } = request;
  const [state, dispatch] = useReducer(sessionListReducer, options === null ? { phase: "unsaved" } : { phase: "loading" });
  const isLive = useLiveness(services.isActive);
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const lastRequestKey = useRef<string | null>(null);

  const toSessions = useCallback((page: SessionPage): Session[] => mapSessions(page.rows, services.strings.get), [services]);
  const toError = useCallback((error: unknown): LoadError => toLoadError(error, services.isOffline()), [services]);

  const loadFirstPage = useCallback(() => {
    const requestGeneration = ++generation.current;
    moreInFlight.current = false;
    if (options === null) {
      lastRequestKey.current = null;
      dispatch({ type: "unsaved" });
      return;
    }
    const requestKey = `${pageSize}|${options}`;
    dispatch({ type: "firstPageRequested", keepRows: requestKey === lastRequestKey.current });
    lastRequestKey.current = requestKey;
    const isCurrent = () => isLive() && requestGeneration === generation.current;
    services.repository.fetchFirstPage(options, pageSize).then(
      (page) =>
        isCurrent() &&
        dispatch({ type: "firstPageLoaded", sessions: toSessions(page), nextLink: page.nextLink, receivedAt: services.now() }),
      (error: unknown) => isCurrent() && dispatch({ type: "firstPageFailed", error: toError(error) }),
    );
  }, [options, pageSize, services, isLive, toSessions, toError]);

  const loadMore = useCallback(() => {
    if (state.phase !== "ready" || state.nextLink === null || moreInFlight.current) return;
    const requestGeneration = generation.current;
    moreInFlight.current = true;
    dispatch({ type: "morePageRequested" });
    const settle = () => {
      const isCurrent = isLive() && requestGeneration === generation.current;
      if (isCurrent) moreInFlight.current = false;
      return isCurrent;
    };
    services.repository.fetchNextPage(state.nextLink, pageSize).then(
      (page) => settle() && dispatch({ type: "morePageLoaded", sessions: toSessions(page), nextLink: page.nextLink }),
      (error: unknown) => settle() && dispatch({ type: "morePageFailed", error: toError(error) }),
    );
  }, [state, pageSize, services, isLive, toSessions, toError]);

  // The one place a query starts by itself: when what it asks for changed (record, filter, page size).
  useEffect(loadFirstPage, [loadFirstPage]);

  return { state, reload: loadFirstPage, loadMore };
}
