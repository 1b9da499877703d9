import type { LoadError, LoadErrorKind, Session, SessionListRequest, SessionPage } from "../../model";

/** The control is trying again by itself after a failure of this kind (throttling, a brief outage). */
export interface RetryNotice {
  kind: LoadErrorKind;
  /** 1 for the first retry, 2 for the second. */
  retry: number;
}

/**
 * Why the first page is loaded again; the reducer below holds what each one does.
 * - `replace`: another query (record, scope, filters, page size). Its rows replace the list, which shows loading.
 * - `refresh`: the agent's Refresh, or the list after a new session. The rows stay with a spinner; it ends a Load
 *   more under way, and a Load more asked for meanwhile waits for it and follows its cursor.
 * - `quietRefresh`: keeping the list current (polling, back to the tab). No spinner; it joins a first page of the same
 *   query already on its way; a Load more goes on beside it. It reads again every row loaded (see withRefreshedRows).
 */
export type ReloadMode = "replace" | "refresh" | "quietRefresh";

/**
 * A first page on its way. The object names the load: an answer for another object is a superseded load's and
 * changes nothing; retry notices go beside it, so it stays the same object while it is on its way.
 */
export interface FirstPageLoad {
  request: SessionListRequest;
  /** The request's key (see ListQuery). */
  key: string;
  /** How many rows it asks for: a page, or for a quiet refresh every row loaded, in whole pages. */
  rows: number;
}

/** A later page on its way, after `cursor`. */
export interface MorePageLoad {
  request: SessionListRequest;
  cursor: string;
}

export type RefreshState =
  /** `visible`: the agent asked, so the header shows a spinner. */
  | { status: "running"; visible: boolean; load: FirstPageLoad; retrying: RetryNotice | null }
  /** The last refresh failed; the rows shown are from before it. */
  | { status: "failed"; error: LoadError };

export type MorePagesState =
  | { status: "idle" }
  /** Asked for while the agent's refresh is on its way: it follows the refreshed first page's cursor. */
  | { status: "waiting" }
  | { status: "loading"; load: MorePageLoad; retrying: RetryNotice | null }
  | { status: "failed"; error: LoadError };

export type SessionListState =
  | { phase: "unsaved" }
  /** The client is offline: sessions are not queried then. */
  | { phase: "offline" }
  | { phase: "loading"; load: FirstPageLoad; retrying: RetryNotice | null }
  | { phase: "failed"; key: string; error: LoadError }
  | {
      phase: "ready";
      /** The query the rows answer. */
      request: SessionListRequest;
      key: string;
      sessions: Session[];
      cursor: string | null;
      /** When the first page arrived. */
      receivedAt: Date;
      more: MorePagesState;
      refresh: RefreshState | null;
    };

type ReadyState = Extract<SessionListState, { phase: "ready" }>;

/** A first or a later page on its way: the state names each by its object. */
export type PageLoad = FirstPageLoad | MorePageLoad;

export type SessionListAction =
  | { type: "unsaved" }
  | { type: "offline" }
  | { type: "firstPageRequested"; mode: ReloadMode; request: SessionListRequest; key: string }
  | { type: "morePageRequested" }
  /** What became of a load: an action for a load the state no longer names changes nothing. */
  | { type: "retrying"; load: PageLoad; retrying: RetryNotice }
  | { type: "loaded"; load: PageLoad; sessions: Session[]; cursor: string | null; receivedAt: Date }
  | { type: "failed"; load: PageLoad; error: LoadError };

/** The first page on its way, if any: the one load the hook sends. */
export function firstPageInFlight(state: SessionListState): FirstPageLoad | null {
  if (state.phase === "loading") return state.load;
  return state.phase === "ready" && state.refresh?.status === "running" ? state.refresh.load : null;
}

/** The later page on its way, if any. */
export function morePageInFlight(state: SessionListState): MorePageLoad | null {
  return state.phase === "ready" && state.more.status === "loading" ? state.more.load : null;
}

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
 * How many rows a quiet refresh reads again: every row loaded, in whole pages, so that no loaded row keeps a status
 * from before it. Of the two ways to leave no stale row beyond the first page (read again what was loaded, or collapse
 * to the first page and say so), the list reads again: the agent keeps the rows they paged to, and it costs no
 * request more. With only the first page loaded that is one page, one list request, as a form load makes; more loaded
 * rows make that request larger, not more requests (the repository asks for up to 5,000 rows, Dataverse's largest
 * page, in one).
 */
export function rowsToRefresh(loadedRows: number, pageSize: number): number {
  return Math.max(1, Math.ceil(loadedRows / pageSize)) * pageSize;
}

/**
 * What a quiet refresh shows: the rows it read again (every row loaded when it started, see rowsToRefresh), then the
 * loaded rows beyond them, so keeping the list current never takes away rows the agent loaded.
 *
 * The query orders by createdon desc, activityid desc (sessionQuery): a row never moves, and new sessions come on top.
 * So a loaded row that comes before the last loaded row the answer holds, yet is missing from it, has left the query
 * (closed under a filter, deleted): it goes. The loaded rows after that one lie beyond what the answer covers: a page
 * loaded while the refresh was on its way, or the rows that as many new sessions pushed out of its reach (the next
 * refresh reads them, the list being longer by then). They stay, and so does the cursor after them: a Dataverse next
 * link's paging cookie carries the sort values of the last row it follows, and the next page is worked out when it is
 * asked for, so it still continues right after the last row shown, whatever was added above it
 * (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/paging-behaviors-and-ordering).
 * An answer that holds none of the loaded rows may end before them (more new sessions than it asked for): what lies
 * between is unknown, so then the answer is shown alone, as it is when it is the whole list.
 */
export function withRefreshedRows(shown: SessionPage, refreshed: SessionPage): SessionPage {
  const onPage = new Set(refreshed.sessions.map((session) => session.id));
  let lastOnPage = -1;
  shown.sessions.forEach((session, index) => {
    if (onPage.has(session.id)) lastOnPage = index;
  });
  const beyond = shown.sessions.slice(lastOnPage + 1);
  return refreshed.cursor === null || lastOnPage < 0 || beyond.length === 0
    ? { sessions: appendSessions([], refreshed.sessions), cursor: refreshed.cursor }
    : { sessions: appendSessions(refreshed.sessions, beyond), cursor: shown.cursor };
}

function requestFirstPage(state: SessionListState, { mode, request, key }: Extract<SessionListAction, { type: "firstPageRequested" }>): SessionListState {
  const inFlight = firstPageInFlight(state);
  // Keeping current while the same query is on its way would only ask again, and so would replacing a query with itself.
  if (mode !== "refresh" && inFlight !== null && inFlight.key === key) return state;
  // Rows of the same query stay while they refresh, so the list does not jump; another query's never do.
  if (state.phase !== "ready" || state.key !== key || mode === "replace") return { phase: "loading", load: { request, key, rows: request.pageSize }, retrying: null };
  const quiet = mode === "quietRefresh";
  const load = { request, key, rows: quiet ? rowsToRefresh(state.sessions.length, request.pageSize) : request.pageSize };
  // The agent's refresh goes back to the first page alone: a Load more under way ends with it.
  return { ...state, request, refresh: { status: "running", visible: !quiet, load, retrying: null }, more: quiet ? state.more : { status: "idle" } };
}

function firstPageLoaded(state: SessionListState, { request, key }: FirstPageLoad, action: Extract<SessionListAction, { type: "loaded" }>): SessionListState {
  const page = { sessions: action.sessions, cursor: action.cursor };
  const fresh = (more: MorePagesState): SessionListState => ({
    phase: "ready",
    request,
    key,
    sessions: appendSessions([], page.sessions),
    cursor: page.cursor,
    receivedAt: action.receivedAt,
    more,
    refresh: null,
  });
  if (state.phase === "loading") return fresh({ status: "idle" });
  if (state.phase !== "ready" || state.refresh?.status !== "running") return state;
  if (state.refresh.visible) {
    // A Load more that waited for the agent's refresh now follows its cursor.
    return fresh(state.more.status === "waiting" && page.cursor !== null ? { status: "loading", load: { request, cursor: page.cursor }, retrying: null } : { status: "idle" });
  }
  return { ...state, ...withRefreshedRows(state, page), receivedAt: action.receivedAt, refresh: null };
}

function onReady(state: SessionListState, change: (ready: ReadyState) => SessionListState): SessionListState {
  return state.phase === "ready" ? change(state) : state;
}

/** The list's reload rules, all of them: which rows a load keeps, when a Load more goes on, waits or ends. */
export function sessionListReducer(state: SessionListState, action: SessionListAction): SessionListState {
  switch (action.type) {
    case "unsaved":
      return { phase: "unsaved" };
    case "offline":
      return { phase: "offline" };
    case "firstPageRequested":
      return requestFirstPage(state, action);
    case "retrying":
      if (state.phase === "loading" && state.load === action.load) return { ...state, retrying: action.retrying };
      return onReady(state, (ready) =>
        ready.refresh?.status === "running" && ready.refresh.load === action.load
          ? { ...ready, refresh: { ...ready.refresh, retrying: action.retrying } }
          : ready.more.status === "loading" && ready.more.load === action.load
            ? { ...ready, more: { ...ready.more, retrying: action.retrying } }
            : ready,
      );
    case "loaded":
      if (firstPageInFlight(state) === action.load) return firstPageLoaded(state, action.load as FirstPageLoad, action);
      return onReady(state, (ready) =>
        morePageInFlight(ready) === action.load ? { ...ready, sessions: appendSessions(ready.sessions, action.sessions), cursor: action.cursor, more: { status: "idle" } } : ready,
      );
    case "failed":
      if (firstPageInFlight(state) === action.load) {
        if (state.phase === "loading") return { phase: "failed", key: state.load.key, error: action.error };
        // A Load more that waited for the agent's refresh is dropped with it (one beside a quiet refresh goes on); the
        // rows shown and their cursor stay.
        return onReady(state, (ready) => ({ ...ready, refresh: { status: "failed", error: action.error }, more: ready.more.status === "waiting" ? { status: "idle" } : ready.more }));
      }
      return onReady(state, (ready) => (morePageInFlight(ready) === action.load ? { ...ready, more: { status: "failed", error: action.error } } : ready));
    case "morePageRequested":
      return onReady(state, (ready) => {
        if (ready.cursor === null || ready.more.status === "loading" || ready.more.status === "waiting") return ready;
        // Beside the agent's refresh, which replaces the rows, the next page waits for it and follows its cursor.
        const waits = ready.refresh?.status === "running" && ready.refresh.visible;
        return { ...ready, more: waits ? { status: "waiting" } : { status: "loading", load: { request: ready.request, cursor: ready.cursor }, retrying: null } };
      });
  }
}
