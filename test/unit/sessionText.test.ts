import type { Session } from "../../src/model";
import { createStrings, fillPlaceholders } from "../../src/platform/strings";
import { describeCount, describeDuration, describeError, describeTiming, isRunning } from "../../src/ui/list/sessionText";
import { fakeFormatter } from "../fixtures/formatter";
import { englishString } from "../fixtures/resx";

const strings = createStrings(() => ({ getString: englishString, getResource: jest.fn() }), () => "en-US");
const formatter = fakeFormatter({ integer: (value) => `#${value}` });
const MINUTE = 60_000;

function session(overrides: Partial<Session>): Session {
  return {
    id: "0f8fad5b-d9cb-469f-a165-70867728950e",
    subject: "S",
    status: { label: "Active", tone: "active" },
    channel: null,
    startedOn: new Date("2026-11-28T09:00:00Z"),
    closedOn: null,
    isClosed: false,
    hasOwner: false,
    ownerName: null,
    closureReason: null,
    conversationId: null,
    ...overrides,
  };
}

describe("describeDuration", () => {
  it.each([
    [0, "less than a minute"],
    [59_999, "less than a minute"],
    [MINUTE, "#1 min"],
    [59 * MINUTE, "#59 min"],
    [60 * MINUTE, "#1 h #0 min"],
    [125 * MINUTE, "#2 h #5 min"],
    [24 * 60 * MINUTE, "#1 d #0 h"],
    [(3 * 24 + 4) * 60 * MINUTE + 59 * MINUTE, "#3 d #4 h"],
    [-5 * MINUTE, "less than a minute"],
  ])("describes %p ms as %p", (milliseconds, text) => {
    expect(describeDuration(milliseconds, strings, formatter)).toBe(text);
  });
});

describe("describeTiming", () => {
  const now = new Date("2026-11-28T09:35:00Z");
  const closed = session({ closedOn: new Date("2026-11-28T09:12:00Z"), isClosed: true, status: { label: "Completed", tone: "closed" } });

  it("tells the time a closed session started and how long it lasted", () => {
    expect(describeTiming(closed, null, strings, formatter)).toBe("Started 09:00 · Lasted #12 min");
  });

  it("tells how long ago a session started when asked to be relative", () => {
    expect(describeTiming(closed, now, strings, formatter, true)).toBe("Started 09:00 · 35 min ago · Lasted #12 min");
  });

  it("tells how long an open session has been running, and not also how long ago it started", () => {
    expect(describeTiming(session({}), now, strings, formatter, true)).toBe("Started 09:00 · Running for #35 min");
  });

  it("leaves out the running time until it knows the time now", () => {
    expect(describeTiming(session({}), null, strings, formatter)).toBe("Started 09:00");
  });

  it("gives only the start of a closed session with no end time", () => {
    expect(describeTiming(session({ isClosed: true }), now, strings, formatter)).toBe("Started 09:00");
  });

  it("never says a scheduled session is running", () => {
    const scheduled = session({ status: { label: "Scheduled", tone: "scheduled" }, startedOn: new Date("2026-11-28T11:35:00Z") });
    expect(describeTiming(scheduled, now, strings, formatter)).toBe("Started 11:35");
    expect(describeTiming(scheduled, now, strings, formatter, true)).toBe("Started 11:35 · -120 min ago");
  });

  it("says when the start is unknown", () => {
    expect(describeTiming(session({ startedOn: null }), now, strings, formatter)).toBe("Start time unknown");
  });
});

describe("isRunning", () => {
  it.each([
    ["an open session", {}, true],
    ["a closed session", { isClosed: true }, false],
    ["a session with an end time", { closedOn: new Date("2026-11-28T09:12:00Z") }, false],
    ["a scheduled session", { status: { label: "Scheduled", tone: "scheduled" as const } }, false],
  ])("is %s running: %p", (_name, overrides, running) => {
    expect(isRunning(session(overrides))).toBe(running);
  });
});

describe("describeCount", () => {
  it("counts sessions, with a plus while more pages remain", () => {
    expect(describeCount(1, false, strings, formatter)).toBe("#1 session");
    expect(describeCount(25, false, strings, formatter)).toBe("#25 sessions");
    expect(describeCount(25, true, strings, formatter)).toBe("#25+ sessions");
  });
});

describe("describeError", () => {
  it("explains throttling in plain words and keeps the platform's message as details", () => {
    expect(describeError({ kind: "throttled", message: "Number of requests exceeded the limit" }, strings)).toEqual({
      message: "The server is busy right now. Wait a moment, then try again.",
      details: "Details: Number of requests exceeded the limit",
    });
  });

  it("has no details when the platform said nothing", () => {
    expect(describeError({ kind: "offline", message: "" }, strings)).toEqual({
      message: "You're offline. Reconnect, then try again.",
      details: null,
    });
  });
});

describe("strings", () => {
  it("fills numbered placeholders and leaves unknown ones", () => {
    expect(fillPlaceholders("{0} and {1} and {2}", ["a", "b"])).toBe("a and b and {2}");
  });

  it("shows the key when the resx has no such string", () => {
    const missing = createStrings(() => ({ getString: () => "", getResource: jest.fn() }), () => "en-US");
    expect(missing.get("Action_Refresh")).toBe("Action_Refresh");
  });
});
