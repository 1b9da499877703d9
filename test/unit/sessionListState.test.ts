import type { Session } from "../../src/model";
import type { SessionListRequest } from "../../src/model";
import type { FirstPageLoad, MorePageLoad, ReloadMode, SessionListAction, SessionListState } from "../../src/ui/list/sessionListState";
import { appendSessions, firstPageInFlight, morePageInFlight, rowsToRefresh, sessionListReducer, withRefreshedRows } from "../../src/ui/list/sessionListState";

function session(id: string): Session {
  return { id, subject: id, status: { label: "", tone: "unknown" }, channel: null, startedOn: null, closedOn: null, isClosed: false, hasOwner: false, ownerName: null, closureReason: null, conversationId: null };
}

const at = new Date("2026-11-28T10:00:00Z");
const QUERY = "the query";
const PAGE_SIZE = 2;
const REQUEST: SessionListRequest = { regardingId: "record", scope: "all", filters: { status: "all", channels: [], search: "" }, pageSize: PAGE_SIZE };
const ready: SessionListState = {
  phase: "ready",
  request: REQUEST,
  key: QUERY,
  sessions: [session("a"), session("b")],
  cursor: "next",
  receivedAt: at,
  more: { status: "idle" },
  refresh: null,
};
const loading: SessionListState = { phase: "loading", load: { request: REQUEST, key: QUERY, rows: PAGE_SIZE }, retrying: null };

function requested(mode: ReloadMode, key = QUERY): SessionListAction {
  return { type: "firstPageRequested", mode, request: REQUEST, key };
}

/** The first page the state has on its way. */
function first(state: SessionListState): FirstPageLoad {
  const load = firstPageInFlight(state);
  if (load === null) throw new Error("no first page on its way");
  return load;
}

/** The later page the state has on its way. */
function more(state: SessionListState): MorePageLoad {
  const load = morePageInFlight(state);
  if (load === null) throw new Error("no later page on its way");
  return load;
}

function loaded(state: SessionListState, sessions: Session[], cursor: string | null): SessionListAction {
  return { type: "loaded", load: first(state), sessions, cursor, receivedAt: at };
}

describe("appendSessions", () => {
  it("appends in order and never shows a session twice", () => {
    expect(appendSessions([session("a"), session("b")], [session("b"), session("c"), session("c")]).map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});

describe("withRefreshedRows", () => {
  const ids = (page: { sessions: Session[] }) => page.sessions.map((s) => s.id);
  const shown = { sessions: ["b", "c", "d", "e", "f"].map(session), cursor: "after f" };

  it("puts new sessions on top and keeps the loaded rows beyond the page, with the cursor after them", () => {
    const merged = withRefreshedRows(shown, { sessions: ["a", "b", "c"].map(session), cursor: "after c" });
    expect(merged).toEqual({ sessions: ["a", "b", "c", "d", "e", "f"].map(session), cursor: "after f" });
  });

  it("drops a loaded row the page no longer holds though it comes before one it does", () => {
    expect(ids(withRefreshedRows(shown, { sessions: ["b", "d", "e"].map(session), cursor: "after e" }))).toEqual(["b", "d", "e", "f"]);
  });

  it("takes the page's cursor when the page reaches the last loaded row", () => {
    expect(withRefreshedRows(shown, { sessions: ["a", "b", "c", "d", "e", "f"].map(session), cursor: "after f'" }).cursor).toBe("after f'");
  });

  it("shows the page alone when it is the whole list", () => {
    expect(withRefreshedRows(shown, { sessions: ["a", "b"].map(session), cursor: null })).toEqual({ sessions: ["a", "b"].map(session), cursor: null });
  });

  it("shows the page alone when it holds no loaded row, since sessions may be missing between it and them", () => {
    expect(withRefreshedRows(shown, { sessions: ["x", "y"].map(session), cursor: "after y" })).toEqual({ sessions: ["x", "y"].map(session), cursor: "after y" });
  });

  it("keeps a complete list complete", () => {
    expect(withRefreshedRows({ sessions: ["b", "c", "d"].map(session), cursor: null }, { sessions: ["a", "b", "c"].map(session), cursor: "after c" })).toEqual({
      sessions: ["a", "b", "c", "d"].map(session),
      cursor: null,
    });
  });
});

describe("rowsToRefresh", () => {
  it("reads one page again when only the first page is loaded", () => {
    expect(rowsToRefresh(25, 25)).toBe(25);
    expect(rowsToRefresh(3, 25)).toBe(25);
    expect(rowsToRefresh(0, 25)).toBe(25);
  });

  it("reads every loaded row again, in whole pages", () => {
    expect(rowsToRefresh(50, 25)).toBe(50);
    expect(rowsToRefresh(51, 25)).toBe(75);
  });
});

describe("sessionListReducer", () => {
  it("keeps a Load more under way through a quiet refresh, and the loaded pages after it", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const refreshing = sessionListReducer(loadingMore, requested("quietRefresh"));
    expect(refreshing).toMatchObject({ refresh: { status: "running", visible: false }, more: { status: "loading" } });
    const refreshed = sessionListReducer(refreshing, loaded(refreshing, [session("new"), session("a")], "after a"));
    expect(refreshed).toMatchObject({ refresh: null, cursor: "next", more: { status: "loading" }, sessions: [{ id: "new" }, { id: "a" }, { id: "b" }] });
  });

  it("goes back to the first page alone when the agent refreshes", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const refreshing = sessionListReducer(loadingMore, requested("refresh"));
    expect(refreshing).toMatchObject({ more: { status: "idle" } });
    expect(sessionListReducer(refreshing, loaded(refreshing, [session("new"), session("a")], "after a"))).toMatchObject({
      cursor: "after a",
      sessions: [{ id: "new" }, { id: "a" }],
    });
  });

  it("keeps the rows of the same query while it refreshes", () => {
    expect(sessionListReducer(ready, requested("refresh"))).toMatchObject({ phase: "ready", refresh: { status: "running", visible: true }, sessions: ready.phase === "ready" ? ready.sessions : [] });
  });

  it("drops the rows of another query", () => {
    expect(sessionListReducer(ready, requested("refresh", "another query"))).toEqual({ phase: "loading", load: { request: REQUEST, key: "another query", rows: PAGE_SIZE }, retrying: null });
  });

  it("drops the rows when the query is replaced, even by the same key", () => {
    expect(sessionListReducer(ready, requested("replace"))).toEqual({ phase: "loading", load: { request: REQUEST, key: QUERY, rows: PAGE_SIZE }, retrying: null });
  });

  it("keeps the rows and reports the error when a refresh fails", () => {
    const refreshing = sessionListReducer(ready, requested("refresh"));
    const error = { kind: "network" as const, message: "Failed to fetch" };
    expect(sessionListReducer(refreshing, { type: "failed", load: first(refreshing), error })).toMatchObject({ phase: "ready", refresh: { status: "failed", error }, sessions: [{ id: "a" }, { id: "b" }] });
  });

  it("fails the whole list when the first load fails", () => {
    const error = { kind: "forbidden" as const, message: "" };
    expect(sessionListReducer(loading, { type: "failed", load: first(loading), error })).toEqual({ phase: "failed", key: QUERY, error });
  });

  it("keeps the rows shown when a later page fails", () => {
    const error = { kind: "unknown" as const, message: "" };
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "failed", load: more(loadingMore), error })).toMatchObject({ sessions: [{ id: "a" }, { id: "b" }], cursor: "next", more: { status: "failed", error } });
  });

  it("appends a later page and takes its cursor", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const next = sessionListReducer(loadingMore, { type: "loaded", load: more(loadingMore), sessions: [session("c")], cursor: null, receivedAt: at });
    expect(next).toMatchObject({ cursor: null, more: { status: "idle" } });
    expect(next.phase === "ready" && next.sessions.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });

  it("shows that the first page is being tried again, and clears it when the rows come", () => {
    const retrying = sessionListReducer(loading, { type: "retrying", load: first(loading), retrying: { kind: "throttled", retry: 1 } });
    expect(retrying).toEqual({ ...loading, retrying: { kind: "throttled", retry: 1 } });
    expect(sessionListReducer(retrying, loaded(retrying, [], null))).toMatchObject({ phase: "ready", refresh: null });
  });

  it("keeps the rows while a refresh is tried again", () => {
    const refreshing = sessionListReducer(ready, requested("refresh"));
    expect(sessionListReducer(refreshing, { type: "retrying", load: first(refreshing), retrying: { kind: "unavailable", retry: 2 } })).toMatchObject({
      phase: "ready",
      refresh: { status: "running", retrying: { kind: "unavailable", retry: 2 } },
      sessions: [{ id: "a" }, { id: "b" }],
    });
  });

  it("shows that a later page is being tried again", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "retrying", load: more(loadingMore), retrying: { kind: "network", retry: 1 } })).toMatchObject({
      more: { status: "loading", retrying: { kind: "network", retry: 1 } },
    });
  });

  it("says sessions are not available offline", () => {
    expect(sessionListReducer(ready, { type: "offline" })).toEqual({ phase: "offline" });
  });

  it("ignores later-page events when no list is shown", () => {
    expect(sessionListReducer(loading, { type: "loaded", load: { request: REQUEST, cursor: "next" }, sessions: [session("c")], cursor: null, receivedAt: at })).toEqual(loading);
  });

  it("lets a quiet refresh join a first page of the same query already on its way", () => {
    const refreshing = sessionListReducer(ready, requested("refresh"));
    expect(sessionListReducer(refreshing, requested("quietRefresh"))).toBe(refreshing);
    expect(sessionListReducer(loading, requested("quietRefresh"))).toBe(loading);
  });

  it("has a quiet refresh read again every loaded row, and one page when only the first is loaded", () => {
    const fivePages = { ...ready, sessions: ["a", "b", "c", "d", "e"].map(session) } as SessionListState;
    expect(sessionListReducer(fivePages, requested("quietRefresh"))).toMatchObject({ refresh: { load: { rows: 6 } } });
    expect(sessionListReducer(ready, requested("quietRefresh"))).toMatchObject({ refresh: { load: { rows: PAGE_SIZE } } });
    expect(sessionListReducer(ready, requested("refresh"))).toMatchObject({ refresh: { load: { rows: PAGE_SIZE } } });
  });

  it("shows the rows a quiet refresh read again beyond the first page as they are now", () => {
    const shown = { ...ready, sessions: ["a", "b", "c"].map(session), cursor: "after c" } as SessionListState;
    const refreshing = sessionListReducer(shown, requested("quietRefresh"));
    const closedC: Session = { ...session("c"), status: { label: "Closed", tone: "closed" }, isClosed: true };
    const refreshed = sessionListReducer(refreshing, loaded(refreshing, [session("a"), session("b"), closedC], "after c"));
    expect(refreshed).toMatchObject({ sessions: [{ id: "a" }, { id: "b" }, { id: "c", status: { tone: "closed" }, isClosed: true }], cursor: "after c" });
  });

  it("lets a Load more asked during the agent's refresh wait, then follow the refreshed first page", () => {
    const refreshing = sessionListReducer(ready, requested("refresh"));
    const waiting = sessionListReducer(refreshing, { type: "morePageRequested" });
    expect(waiting).toMatchObject({ more: { status: "waiting" } });
    expect(sessionListReducer(waiting, loaded(waiting, [session("new"), session("a")], "after a"))).toMatchObject({
      cursor: "after a",
      more: { status: "loading", load: { request: REQUEST, cursor: "after a" }, retrying: null },
    });
  });

  it("drops a Load more that waited for the agent's refresh when the refresh fails", () => {
    const waiting = sessionListReducer(sessionListReducer(ready, requested("refresh")), { type: "morePageRequested" });
    const error = { kind: "network" as const, message: "" };
    expect(sessionListReducer(waiting, { type: "failed", load: first(waiting), error })).toMatchObject({ more: { status: "idle" }, cursor: "next" });
  });

  it("asks for no second Load more while one is on its way or waiting", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "morePageRequested" })).toBe(loadingMore);
    const complete = { ...ready, cursor: null } as SessionListState;
    expect(sessionListReducer(complete, { type: "morePageRequested" })).toBe(complete);
  });

  it("lets an older load's late answer change nothing", () => {
    const replaced = sessionListReducer(loading, requested("replace", "another query"));
    expect(sessionListReducer(replaced, loaded(loading, [session("stale")], null))).toBe(replaced);
    expect(sessionListReducer(replaced, { type: "failed", load: first(loading), error: { kind: "unknown", message: "" } })).toBe(replaced);
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const refreshing = sessionListReducer(loadingMore, requested("refresh"));
    const refreshed = sessionListReducer(refreshing, loaded(refreshing, [session("a")], "after a"));
    expect(sessionListReducer(refreshed, { type: "loaded", load: more(loadingMore), sessions: [session("stale")], cursor: null, receivedAt: at })).toBe(refreshed);
  });
});
