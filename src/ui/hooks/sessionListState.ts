import type { LoadError, LoadErrorKind, Session } from "../../model";

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
  | { type: "firstPageLoaded"; sessions: Session[]; cursor: string | null; receivedAt: Date }
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
      // Rows of the same query stay while they refresh, so the list does not jump; another query's never do.
      return state.phase === "ready" && action.keepRows
        ? { ...state, refreshing: true, quiet: action.quiet, retrying: null, refreshError: null, more: { status: "idle" } }
        : { phase: "loading", retrying: null };
    case "firstPageRetrying":
      if (state.phase === "loading") return { ...state, retrying: action.retrying };
      return onReady(state, (ready) => ({ ...ready, retrying: action.retrying }));
    case "firstPageLoaded":
      return {
        phase: "ready",
        sessions: appendSessions([], action.sessions),
        cursor: action.cursor,
        receivedAt: action.receivedAt,
        more: { status: "idle" },
        refreshing: false,
        quiet: false,
        retrying: null,
        refreshError: null,
      };
    case "firstPageFailed":
      // A Load more that waited for the refresh is dropped with it; the rows shown and their cursor stay.
      return state.phase === "ready" && state.refreshing
        ? { ...state, refreshing: false, retrying: null, refreshError: action.error, more: { status: "idle" } }
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
