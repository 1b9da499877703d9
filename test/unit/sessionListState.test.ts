import type { Session } from "../../src/model";
import type { SessionListState } from "../../src/ui/list/sessionListState";
import { appendSessions, sessionListReducer, withRefreshedFirstPage } from "../../src/ui/list/sessionListState";

function session(id: string): Session {
  return { id, subject: id, status: { label: "", tone: "unknown" }, channel: null, startedOn: null, closedOn: null, isClosed: false, hasOwner: false, ownerName: null, closureReason: null, conversationId: null };
}

const at = new Date("2026-11-28T10:00:00Z");
const ready: SessionListState = {
  phase: "ready",
  sessions: [session("a"), session("b")],
  cursor: "next",
  receivedAt: at,
  more: { status: "idle" },
  refreshing: false,
  quiet: false,
  retrying: null,
  refreshError: null,
};

describe("appendSessions", () => {
  it("appends in order and never shows a session twice", () => {
    expect(appendSessions([session("a"), session("b")], [session("b"), session("c"), session("c")]).map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});

describe("withRefreshedFirstPage", () => {
  const ids = (page: { sessions: Session[] }) => page.sessions.map((s) => s.id);
  const shown = { sessions: ["b", "c", "d", "e", "f"].map(session), cursor: "after f" };

  it("puts new sessions on top and keeps the loaded rows beyond the page, with the cursor after them", () => {
    const merged = withRefreshedFirstPage(shown, { sessions: ["a", "b", "c"].map(session), cursor: "after c" });
    expect(merged).toEqual({ sessions: ["a", "b", "c", "d", "e", "f"].map(session), cursor: "after f" });
  });

  it("drops a loaded row the page no longer holds though it comes before one it does", () => {
    expect(ids(withRefreshedFirstPage(shown, { sessions: ["b", "d", "e"].map(session), cursor: "after e" }))).toEqual(["b", "d", "e", "f"]);
  });

  it("takes the page's cursor when the page reaches the last loaded row", () => {
    expect(withRefreshedFirstPage(shown, { sessions: ["a", "b", "c", "d", "e", "f"].map(session), cursor: "after f'" }).cursor).toBe("after f'");
  });

  it("shows the page alone when it is the whole list", () => {
    expect(withRefreshedFirstPage(shown, { sessions: ["a", "b"].map(session), cursor: null })).toEqual({ sessions: ["a", "b"].map(session), cursor: null });
  });

  it("shows the page alone when it holds no loaded row, since sessions may be missing between it and them", () => {
    expect(withRefreshedFirstPage(shown, { sessions: ["x", "y"].map(session), cursor: "after y" })).toEqual({ sessions: ["x", "y"].map(session), cursor: "after y" });
  });

  it("keeps a complete list complete", () => {
    expect(withRefreshedFirstPage({ sessions: ["b", "c", "d"].map(session), cursor: null }, { sessions: ["a", "b", "c"].map(session), cursor: "after c" })).toEqual({
      sessions: ["a", "b", "c", "d"].map(session),
      cursor: null,
    });
  });
});

describe("sessionListReducer", () => {
  it("keeps a Load more under way through a quiet refresh, and the loaded pages after it", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const refreshing = sessionListReducer(loadingMore, { type: "firstPageRequested", keepRows: true, quiet: true });
    expect(refreshing).toMatchObject({ refreshing: true, more: { status: "loading" } });
    const refreshed = sessionListReducer(refreshing, { type: "firstPageLoaded", sessions: [session("new"), session("a")], cursor: "after a", receivedAt: at, keepLoadedPages: true });
    expect(refreshed).toMatchObject({ refreshing: false, cursor: "next", more: { status: "loading" }, sessions: [{ id: "new" }, { id: "a" }, { id: "b" }] });
  });

  it("goes back to the first page alone when the agent refreshes", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    const refreshing = sessionListReducer(loadingMore, { type: "firstPageRequested", keepRows: true, quiet: false });
    expect(refreshing).toMatchObject({ more: { status: "idle" } });
    expect(sessionListReducer(refreshing, { type: "firstPageLoaded", sessions: [session("new"), session("a")], cursor: "after a", receivedAt: at, keepLoadedPages: false })).toMatchObject({
      cursor: "after a",
      sessions: [{ id: "new" }, { id: "a" }],
    });
  });

  it("keeps the rows of the same query while it refreshes", () => {
    expect(sessionListReducer(ready, { type: "firstPageRequested", keepRows: true, quiet: false })).toMatchObject({ phase: "ready", refreshing: true, sessions: ready.phase === "ready" ? ready.sessions : [] });
  });

  it("drops the rows of another query", () => {
    expect(sessionListReducer(ready, { type: "firstPageRequested", keepRows: false, quiet: false })).toEqual({ phase: "loading", retrying: null });
  });

  it("keeps the rows and reports the error when a refresh fails", () => {
    const refreshing = sessionListReducer(ready, { type: "firstPageRequested", keepRows: true, quiet: false });
    const error = { kind: "network" as const, message: "Failed to fetch" };
    expect(sessionListReducer(refreshing, { type: "firstPageFailed", error })).toMatchObject({ phase: "ready", refreshing: false, refreshError: error, sessions: [{ id: "a" }, { id: "b" }] });
  });

  it("fails the whole list when the first load fails", () => {
    const error = { kind: "forbidden" as const, message: "" };
    expect(sessionListReducer({ phase: "loading", retrying: null }, { type: "firstPageFailed", error })).toEqual({ phase: "failed", error });
  });

  it("keeps the rows shown when a later page fails", () => {
    const error = { kind: "unknown" as const, message: "" };
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "morePageFailed", error })).toMatchObject({ sessions: [{ id: "a" }, { id: "b" }], cursor: "next", more: { status: "failed", error } });
  });

  it("appends a later page and takes its cursor", () => {
    const next = sessionListReducer(ready, { type: "morePageLoaded", sessions: [session("c")], cursor: null });
    expect(next).toMatchObject({ cursor: null, more: { status: "idle" } });
    expect(next.phase === "ready" && next.sessions.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });

  it("shows that the first page is being tried again, and clears it when the rows come", () => {
    const retrying = sessionListReducer({ phase: "loading", retrying: null }, { type: "firstPageRetrying", retrying: { kind: "throttled", retry: 1 } });
    expect(retrying).toEqual({ phase: "loading", retrying: { kind: "throttled", retry: 1 } });
    expect(sessionListReducer(retrying, { type: "firstPageLoaded", sessions: [], cursor: null, receivedAt: at, keepLoadedPages: false })).toMatchObject({ phase: "ready", retrying: null });
  });

  it("keeps the rows while a refresh is tried again", () => {
    const refreshing = sessionListReducer(ready, { type: "firstPageRequested", keepRows: true, quiet: false });
    expect(sessionListReducer(refreshing, { type: "firstPageRetrying", retrying: { kind: "unavailable", retry: 2 } })).toMatchObject({
      phase: "ready",
      refreshing: true,
      retrying: { kind: "unavailable", retry: 2 },
      sessions: [{ id: "a" }, { id: "b" }],
    });
  });

  it("shows that a later page is being tried again", () => {
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "morePageRetrying", retrying: { kind: "network", retry: 1 } })).toMatchObject({
      more: { status: "loading", retrying: { kind: "network", retry: 1 } },
    });
  });

  it("says sessions are not available offline", () => {
    expect(sessionListReducer(ready, { type: "offline" })).toEqual({ phase: "offline" });
  });

  it("ignores later-page events when no list is shown", () => {
    expect(sessionListReducer({ phase: "loading", retrying: null }, { type: "morePageLoaded", sessions: [session("c")], cursor: null })).toEqual({ phase: "loading", retrying: null });
  });
});
