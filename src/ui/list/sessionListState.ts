import type { LoadError, LoadErrorKind, Session, SessionPage } from "../../model";

/** The control is trying again by itself after a failure of this kind (throttling, a brief outage). */
export interface RetryNotice {
  kind: LoadErrorKind;
  /** 1 for the first retry, 2 for the second. */
  retry: number;
}

export type MorePagesState =
  | { status: "idle" }
  | { status: "loading"; retrying: RetryNotice | null }
  | { status: "failed"; error: LoadError };

export type SessionListState =
  | { phase: "unsaved" }
  /** The client is offline: sessions are not queried then (see useSessionList). */
  | { phase: "offline" }
  | { phase: "loading"; retrying: RetryNotice | null }
  | { phase: "failed"; error: LoadError }
  | {
      phase: "ready";
      sessions: Session[];
      cursor: string | null;
      more: MorePagesState;
      /** A reload of the same query is under way while the current rows stay on screen. */
      refreshing: boolean;
      /** The reload was not asked for by the agent (coming back to the tab, polling): no spinner for it. */
      quiet: boolean;
      /** The reload is being retried after a transient failure. */
      retrying: RetryNotice | null;
      /** When the first page arrived. */
      receivedAt: Date;
      /** The last reload failed; the rows shown are from before it. */
      refreshError: LoadError | null;
    };

export type SessionListAction =
  | { type: "unsaved" }
  | { type: "offline" }
  | { type: "firstPageRequested"; keepRows: boolean; quiet: boolean }
  | { type: "firstPageRetrying"; retrying: RetryNotice }
  /** `keepLoadedPages`: a quiet refresh of the same query, which keeps the rows beyond its first page (see withRefreshedFirstPage). */
  | { type: "firstPageLoaded"; sessions: Session[]; cursor: string | null; receivedAt: Date; keepLoadedPages: boolean }
  | { type: "firstPageFailed"; error: LoadError }
  | { type: "morePageRequested" }
  | { type: "morePageRetrying"; retrying: RetryNotice }
  | { type: "morePageLoaded"; sessions: Session[]; cursor: string | null }
  | { type: "morePageFailed"; error: LoadError };

/** Appends a page, keeping the order and never showing one session twice. */
export function appendSessions(shown: readonly Session[], page: readonly Session[]): Session[] {
  const seen = new Set(shown.map((session) => session.id));
  const added = page.filter((session) => {
    if (seen.has(session.id)) return false;
    seen.add(session.id);
    return true;
  });
  return [...shown, ...added];
}

/**
 * What a quiet refresh (polling, coming back to the tab) shows: its first page, then the loaded rows beyond it, so that
 * keeping the list current does not take away pages the agent loaded.
 *
 * The query orders by createdon desc, activityid desc (sessionQuery): a row never moves, and new sessions come on top.
 * So a loaded row that comes before the last loaded row the page holds, yet is missing from it, has left the query
 * (closed under a filter, deleted): it goes. The loaded rows after that one lie beyond what the page covers and stay,
 * and so does the cursor after them: a Dataverse next link's paging cookie carries the sort values of the last row it
 * follows, and the next page is worked out when it is asked for, so it still continues right after the last row shown,
 * whatever was added above it (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/paging-behaviors-and-ordering).
 * A page that holds none of the loaded rows may end before them (more new sessions than a page): what lies between is
 * unknown, so then the page is shown alone, as it is when it is the whole list. A loaded row beyond the first page that
 * changed since stays as it was until the agent refreshes (Refresh goes back to the first page alone).
 */
export function withRefreshedFirstPage(shown: SessionPage, page: SessionPage): SessionPage {
  const onPage = new Set(page.sessions.map((session) => session.id));
  let lastOnPage = -1;
  shown.sessions.forEach((session, index) => {
    if (onPage.has(session.id)) lastOnPage = index;
  });
  const beyond = shown.sessions.slice(lastOnPage + 1);
  return page.cursor === null || lastOnPage < 0 || beyond.length === 0
    ? { sessions: appendSessions([], page.sessions), cursor: page.cursor }
    : { sessions: appendSessions(page.sessions, beyond), cursor: shown.cursor };
}

function onReady(state: SessionListState, change: (ready: Extract<SessionListState, { phase: "ready" }>) => SessionListState): SessionListState {
  return state.phase === "ready" ? change(state) : state;
}

export function sessionListReducer(state: SessionListState, action: SessionListAction): SessionListState {
  switch (action.type) {
    case "unsaved":
      return { phase: "unsaved" };
    case "offline":
      return { phase: "offline" };
    case "firstPageRequested":
      // Rows of the same query stay while they refresh, so the list does not jump; another query's never do. A quiet
      // refresh keeps the loaded pages, so a Load more under way goes on; any other refresh ends it.
      return state.phase === "ready" && action.keepRows
        ? { ...state, refreshing: true, quiet: action.quiet, retrying: null, refreshError: null, more: action.quiet ? state.more : { status: "idle" } }
        : { phase: "loading", retrying: null };
    case "firstPageRetrying":
      if (state.phase === "loading") return { ...state, retrying: action.retrying };
      return onReady(state, (ready) => ({ ...ready, retrying: action.retrying }));
    case "firstPageLoaded": {
      const kept = action.keepLoadedPages && state.phase === "ready" ? state : null;
      const { sessions, cursor } = kept === null ? { sessions: appendSessions([], action.sessions), cursor: action.cursor } : withRefreshedFirstPage(kept, action);
      return {
        phase: "ready",
        sessions,
        cursor,
        receivedAt: action.receivedAt,
        more: kept?.more ?? { status: "idle" },
        refreshing: false,
        quiet: false,
        retrying: null,
        refreshError: null,
      };
    }
    case "firstPageFailed":
      // A Load more that waited for the agent's refresh is dropped with it (one beside a quiet refresh goes on); the
      // rows shown and their cursor stay.
      return state.phase === "ready" && state.refreshing
        ? { ...state, refreshing: false, retrying: null, refreshError: action.error, more: state.quiet ? state.more : { status: "idle" } }
        : { phase: "failed", error: action.error };
    case "morePageRequested":
      return onReady(state, (ready) => ({ ...ready, more: { status: "loading", retrying: null } }));
    case "morePageRetrying":
      return onReady(state, (ready) => (ready.more.status === "loading" ? { ...ready, more: { status: "loading", retrying: action.retrying } } : ready));
    case "morePageLoaded":
      return onReady(state, (ready) => ({ ...ready, sessions: appendSessions(ready.sessions, action.sessions), cursor: action.cursor, more: { status: "idle" } }));
    case "morePageFailed":
      return onReady(state, (ready) => ({ ...ready, more: { status: "failed", error: action.error } }));
  }
}
