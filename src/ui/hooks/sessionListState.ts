import type { LoadError } from "../../data/loadError";
import type { Session } from "../../data/sessionMapper";

export type MorePagesState = { status: "idle" } | { status: "loading" } | { status: "failed"; error: LoadError };

export type SessionListState =
  | { phase: "unsaved" }
  | { phase: "loading" }
  | { phase: "failed"; error: LoadError }
  | {
      phase: "ready";
      sessions: Session[];
      nextLink: string | null;
      more: MorePagesState;
      /** A reload of the same query is under way while the current rows stay on screen. */
      refreshing: boolean;
      /** When the first page arrived: "running for" is measured from here, the same for every row. */
      receivedAt: Date;
      /** The last reload failed; the rows shown are from before it. */
      refreshError: LoadError | null;
    };

export type SessionListAction =
  | { type: "unsaved" }
  | { type: "firstPageRequested"; keepRows: boolean }
  | { type: "firstPageLoaded"; sessions: Session[]; nextLink: string | null; receivedAt: Date }
  | { type: "firstPageFailed"; error: LoadError }
  | { type: "morePageRequested" }
  | { type: "morePageLoaded"; sessions: Session[]; nextLink: string | null }
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

export function sessionListReducer(state: SessionListState, action: SessionListAction): SessionListState {
  switch (action.type) {
    case "unsaved":
      return { phase: "unsaved" };
    case "firstPageRequested":
      // Rows of the same query stay while they refresh, so the list does not jump; another record's never do.
      return state.phase === "ready" && action.keepRows
        ? { ...state, refreshing: true, refreshError: null, more: { status: "idle" } }
        : { phase: "loading" };
    case "firstPageLoaded":
      return {
        phase: "ready",
        sessions: appendSessions([], action.sessions),
        nextLink: action.nextLink,
        receivedAt: action.receivedAt,
        more: { status: "idle" },
        refreshing: false,
        refreshError: null,
      };
    case "firstPageFailed":
      return state.phase === "ready" && state.refreshing
        ? { ...state, refreshing: false, refreshError: action.error }
        : { phase: "failed", error: action.error };
    case "morePageRequested":
      return state.phase === "ready" ? { ...state, more: { status: "loading" } } : state;
    case "morePageLoaded":
      return state.phase === "ready"
        ? { ...state, sessions: appendSessions(state.sessions, action.sessions), nextLink: action.nextLink, more: { status: "idle" } }
        : state;
    case "morePageFailed":
      return state.phase === "ready" ? { ...state, more: { status: "failed", error: action.error } } : state;
  }
}
