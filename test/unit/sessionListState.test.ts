import type { Session } from "../../src/data/sessionMapper";
import type { SessionListState } from "../../src/ui/hooks/sessionListState";
import { appendSessions, sessionListReducer } from "../../src/ui/hooks/sessionListState";

function session(id: string): Session {
  return { id, subject: id, status: { label: "", tone: "unknown" }, channel: null, startedOn: null, closedOn: null, isClosed: false, hasOwner: false, ownerName: null, closureReason: null };
}

const at = new Date("2026-11-28T10:00:00Z");
const ready: SessionListState = {
  phase: "ready",
  sessions: [session("a"), session("b")],
  nextLink: "next",
  receivedAt: at,
  more: { status: "idle" },
  refreshing: false,
  refreshError: null,
};

describe("appendSessions", () => {
  it("appends in order and never shows a session twice", () => {
    expect(appendSessions([session("a"), session("b")], [session("b"), session("c"), session("c")]).map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});

describe("sessionListReducer", () => {
  it("keeps the rows of the same query while it refreshes", () => {
    expect(sessionListReducer(ready, { type: "firstPageRequested", keepRows: true })).toMatchObject({ phase: "ready", refreshing: true, sessions: ready.phase === "ready" ? ready.sessions : [] });
  });

  it("drops the rows of another query", () => {
    expect(sessionListReducer(ready, { type: "firstPageRequested", keepRows: false })).toEqual({ phase: "loading" });
  });

  it("keeps the rows and reports the error when a refresh fails", () => {
    const refreshing = sessionListReducer(ready, { type: "firstPageRequested", keepRows: true });
    const error = { kind: "network" as const, message: "Failed to fetch" };
    expect(sessionListReducer(refreshing, { type: "firstPageFailed", error })).toMatchObject({ phase: "ready", refreshing: false, refreshError: error, sessions: [{ id: "a" }, { id: "b" }] });
  });

  it("fails the whole list when the first load fails", () => {
    const error = { kind: "forbidden" as const, message: "" };
    expect(sessionListReducer({ phase: "loading" }, { type: "firstPageFailed", error })).toEqual({ phase: "failed", error });
  });

  it("keeps the rows shown when a later page fails", () => {
    const error = { kind: "unknown" as const, message: "" };
    const loadingMore = sessionListReducer(ready, { type: "morePageRequested" });
    expect(sessionListReducer(loadingMore, { type: "morePageFailed", error })).toMatchObject({ sessions: [{ id: "a" }, { id: "b" }], nextLink: "next", more: { status: "failed", error } });
  });

  it("appends a later page and takes its nextLink", () => {
    const next = sessionListReducer(ready, { type: "morePageLoaded", sessions: [session("c")], nextLink: null });
    expect(next).toMatchObject({ nextLink: null, more: { status: "idle" } });
    expect(next.phase === "ready" && next.sessions.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });

  it("ignores later-page events when no list is shown", () => {
    expect(sessionListReducer({ phase: "loading" }, { type: "morePageLoaded", sessions: [session("c")], nextLink: null })).toEqual({ phase: "loading" });
  });
});
