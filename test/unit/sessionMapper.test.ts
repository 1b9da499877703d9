import { mapSession, mapSessions } from "../../src/data/sessionMapper";
import { englishString } from "../fixtures/resx";

const t = englishString;
const FV = "@OData.Community.Display.V1.FormattedValue";
const ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

function row(overrides: Record<string, unknown>): Record<string, unknown> {
  return { activityid: ID, ...overrides };
}

describe("mapSession", () => {
  it("maps a complete row with formatted values to what the list shows", () => {
    const session = mapSession(
      row({
        subject: "Card blocked while travelling",
        statecode: 1,
        [`statecode${FV}`]: "Completed",
        msdyn_state: 192350002,
        [`msdyn_state${FV}`]: "Geschlossen",
        msdyn_channel: 192370000,
        [`msdyn_channel${FV}`]: "Sprache",
        msdyn_sessioncreatedon: "2026-11-28T09:00:00Z",
        msdyn_sessionclosedon: "2026-11-28T09:12:00Z",
        createdon: "2026-11-28T08:59:59Z",
        _ownerid_value: "11111111-1111-4111-8111-111111111111",
        [`_ownerid_value${FV}`]: "Alex Wu",
        msdyn_closurereason: 192350008,
        [`msdyn_closurereason${FV}`]: "Customer disconnected",
        _msdyn_liveworkitemid_value: "{5A0E2C1B-7D34-4F6A-9B8C-1D2E3F4A5B6C}",
      }),
      t,
    );
    expect(session).toEqual({
      id: ID,
      subject: "Card blocked while travelling",
      status: { label: "Completed", tone: "closed" },
      channel: "Sprache",
      startedOn: new Date("2026-11-28T09:00:00Z"),
      closedOn: new Date("2026-11-28T09:12:00Z"),
      isClosed: true,
      hasOwner: true,
      ownerName: "Alex Wu",
      closureReason: "Customer disconnected",
      conversationId: "5a0e2c1b-7d34-4f6a-9b8c-1d2e3f4a5b6c",
    });
  });

  it.each([undefined, null, "", "not-a-guid", 42, { id: "5a0e2c1b-7d34-4f6a-9b8c-1d2e3f4a5b6c" }, "5a0e2c1b-7d34-4f6a-9b8c-1d2e3f4a5b6c' or 1 eq 1"])(
    "gives no conversation for a session whose _msdyn_liveworkitemid_value is %p",
    (value) => {
      expect(mapSession(row({ _msdyn_liveworkitemid_value: value }), t)?.conversationId).toBeNull();
    },
  );

  it.each([
    [192350001, "Active", "active"],
    [192350004, "Wrap-up", "waiting"],
    [192350003, "New", "waiting"],
  ])("lets msdyn_state %p refine an open session as %p", (state, label, tone) => {
    expect(mapSession(row({ msdyn_state: state, statecode: 0 }), t)?.status).toEqual({ label, tone });
  });

  it("uses the platform's msdyn_state label for an open session", () => {
    expect(mapSession(row({ msdyn_state: 192350004, [`msdyn_state${FV}`]: "Nachbearbeitung", statecode: 0 }), t)?.status).toEqual({
      label: "Nachbearbeitung",
      tone: "waiting",
    });
  });

  it.each([
    [1, 192350001, "Completed", "closed"],
    [2, 192350004, "Canceled", "canceled"],
    [3, 192350003, "Scheduled", "scheduled"],
    [0, 192350002, "Open", "active"],
    [0, 192350000, "Open", "active"],
    [0, null, "Open", "active"],
    [0, 192359999, "Open", "active"],
  ])("never lets msdyn_state contradict statecode %p (msdyn_state %p is %p)", (statecode, state, label, tone) => {
    expect(mapSession(row({ statecode, msdyn_state: state }), t)?.status).toEqual({ label, tone });
  });

  it("never badges a completed session Active, whatever a stale msdyn_state says", () => {
    const session = mapSession(row({ statecode: 1, msdyn_state: 192350001, [`msdyn_state${FV}`]: "Active" }), t);
    expect(session?.status).toEqual({ label: "Completed", tone: "closed" });
    expect(session?.isClosed).toBe(true);
  });

  it.each([
    [0, "Open", "active"],
    [1, "Completed", "closed"],
    [2, "Canceled", "canceled"],
    [3, "Scheduled", "scheduled"],
  ])("falls back to statecode %p (%p) when msdyn_state is missing", (statecode, label, tone) => {
    expect(mapSession(row({ statecode }), t)?.status).toEqual({ label, tone });
  });

  it("falls back to statecode when msdyn_state is Default", () => {
    expect(mapSession(row({ msdyn_state: 192350000, statecode: 2 }), t)?.status).toEqual({ label: "Canceled", tone: "canceled" });
  });

  it("prefers the platform's statecode label to its own", () => {
    expect(mapSession(row({ statecode: 1, [`statecode${FV}`]: "Abgeschlossen" }), t)?.status.label).toBe("Abgeschlossen");
  });

  it("shows the raw value of an unknown status code", () => {
    expect(mapSession(row({ statecode: 7 }), t)?.status).toEqual({ label: "7", tone: "unknown" });
  });

  it("says the status is unknown when the row has none", () => {
    expect(mapSession(row({}), t)?.status).toEqual({ label: "Unknown status", tone: "unknown" });
  });

  it.each([
    [19241000, "Microsoft Teams"],
    [192340000, "SMS"],
    [192360000, "Live chat"],
    [192370000, "Voice"],
    [192450001, "Google's Business Messages"],
  ])("labels channel %p as %p without formatted values", (channel, label) => {
    expect(mapSession(row({ msdyn_channel: channel }), t)?.channel).toBe(label);
  });

  it("shows the raw value of an unknown channel and nothing for a missing one", () => {
    expect(mapSession(row({ msdyn_channel: 5 }), t)?.channel).toBe("5");
    expect(mapSession(row({ msdyn_channel: null }), t)?.channel).toBeNull();
  });

  it("uses createdon when the session start is missing or unreadable", () => {
    expect(mapSession(row({ msdyn_sessioncreatedon: null, createdon: "2026-01-02T03:04:05Z" }), t)?.startedOn).toEqual(
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(mapSession(row({ msdyn_sessioncreatedon: "not a date", createdon: "2026-01-02T03:04:05Z" }), t)?.startedOn).toEqual(
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(mapSession(row({}), t)?.startedOn).toBeNull();
  });

  it("treats null, empty and blank subjects as no subject", () => {
    expect(mapSession(row({ subject: null }), t)?.subject).toBeNull();
    expect(mapSession(row({ subject: "" }), t)?.subject).toBeNull();
    expect(mapSession(row({ subject: "   " }), t)?.subject).toBeNull();
  });

  it("keeps hostile text as plain text", () => {
    expect(mapSession(row({ subject: "<img src=x onerror=alert(1)>" }), t)?.subject).toBe("<img src=x onerror=alert(1)>");
  });

  it("has no owner name without the formatted value, and the raw closure reason without its label", () => {
    const session = mapSession(row({ _ownerid_value: "11111111-1111-4111-8111-111111111111", msdyn_closurereason: 192350031 }), t);
    expect(session?.hasOwner).toBe(true);
    expect(session?.ownerName).toBeNull();
    expect(session?.closureReason).toBe("192350031");
  });

  it("marks completed, canceled and closed sessions as closed, and open ones as not", () => {
    expect(mapSession(row({ statecode: 1 }), t)?.isClosed).toBe(true);
    expect(mapSession(row({ statecode: 2 }), t)?.isClosed).toBe(true);
    expect(mapSession(row({ statecode: 0, msdyn_state: 192350002 }), t)?.isClosed).toBe(false);
    expect(mapSession(row({ statecode: 0, msdyn_state: 192350001 }), t)?.isClosed).toBe(false);
  });

  it("ignores values of the wrong type instead of failing, and shows a number or yes/no subject as text", () => {
    const session = mapSession(
      row({ subject: 42, statecode: "1", msdyn_channel: "192360000", msdyn_sessioncreatedon: 12, [`_ownerid_value${FV}`]: {} }),
      t,
    );
    expect(session).toMatchObject({ subject: "42", status: { label: "Unknown status" }, channel: null, startedOn: null, ownerName: null });
    expect(mapSession(row({ subject: false }), t)?.subject).toBe("false");
    expect(mapSession(row({ subject: { text: "x" } }), t)?.subject).toBeNull();
    expect(mapSession(row({ subject: ["x"] }), t)?.subject).toBeNull();
  });

  it("treats a subject of only zero-width and bidi control characters as no subject", () => {
    expect(mapSession(row({ subject: "\u200b\u200e\u202e \ufeff" }), t)?.subject).toBeNull();
  });

  it.each([
    ["a tab, a space, a no-break space, a line break and an ideographic space", "\t \u00a0\n\u3000"],
    ["empty text", ""],
    ["spaces around a zero-width space", " \u200b "],
  ])("treats %s alone as no subject", (_, subject) => {
    expect(mapSession(row({ subject }), t)?.subject).toBeNull();
  });

  it.each([
    ["one ASCII letter", "x"],
    ["the last printable ASCII character", "~"],
    ["text after spaces", "  Card blocked"],
    ["text after a zero-width space", "\u200bCard"],
    ["a German word starting with an umlaut", "Überweisung"],
    ["an Arabic word", "تحويل"],
    ["a euro sign after a no-break space", "\u00a0€"],
    ["a DEL control character", "\u007f"],
  ])("keeps a subject of %s", (_, subject) => {
    expect(mapSession(row({ subject }), t)?.subject).toBe(subject);
  });

  it("keeps bidi and zero-width characters inside a real subject, for the UI to isolate", () => {
    expect(mapSession(row({ subject: "\u202eevil\u202c subject" }), t)?.subject).toBe("\u202eevil\u202c subject");
  });

  it("cuts a subject far longer than any Dataverse stores", () => {
    const subject = mapSession(row({ subject: "x".repeat(10_000) }), t)?.subject ?? "";
    expect(subject.length).toBeLessThanOrEqual(501);
    expect(subject.endsWith("…")).toBe(true);
  });

  it.each([null, undefined, "row", 42, [], {}, { activityid: "not-a-guid" }, { activityid: "x' or 1 eq 1" }])(
    "drops the unusable row %p",
    (raw) => {
      expect(mapSession(raw, t)).toBeNull();
    },
  );

  it("normalizes the id", () => {
    expect(mapSession({ activityid: `{${ID.toUpperCase()}}` }, t)?.id).toBe(ID);
  });
});

describe("mapSessions", () => {
  it("keeps the order of the usable rows and drops the rest", () => {
    const second = "1f8fad5b-d9cb-469f-a165-70867728950e";
    const sessions = mapSessions([{ activityid: ID, subject: "A" }, null, { subject: "no id" }, { activityid: second, subject: "B" }], t);
    expect(sessions.map((session) => session.subject)).toEqual(["A", "B"]);
  });
});
