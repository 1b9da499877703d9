/**
 * Property-based tests (fast-check): whatever ids, settings, search text or rows reach the control, the query builders
 * either refuse or emit exactly the expected grammar (no injection), and the mapper never throws. Together these
 * runs generate well over 10,000 cases.
 */
import fc from "fast-check";
import { buildCountQuery, mapCountGroups } from "../../src/data/countQuery";
import { mapSession } from "../../src/data/sessionMapper";
import { buildSessionQuery, normalizeSearch } from "../../src/data/sessionQuery";
import type { SessionListRequest } from "../../src/model";
import { PAGE_SIZE, VISIBLE_ROWS, parseSettings } from "../../src/settings";
import { englishString } from "../fixtures/resx";

const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SELECT =
  "activityid,subject,statecode,msdyn_state,msdyn_channel,msdyn_sessioncreatedon,msdyn_sessionclosedon,createdon,_ownerid_value,msdyn_closurereason,_msdyn_liveworkitemid_value";
const anyOf = (column: string, value: string) => `(?:${column} eq ${value}|\\(${column} eq ${value}(?: or ${column} eq ${value})+\\))`;
/** What encodeURIComponent leaves, %XX escapes, and OData's doubled quote: nothing else may stand inside the literal. */
const LITERAL = "(?:[A-Za-z0-9\\-_.!~*()]|%[0-9A-F]{2}|'')*";
const LIST_QUERY = new RegExp(
  `^\\?\\$select=${SELECT}&\\$filter=_regardingobjectid_value eq (${GUID})` +
    `(?: and ${anyOf("statecode", "[0-3]")})?` +
    `(?: and ${anyOf("msdyn_channel", "\\d{1,16}")})?` +
    `(?: and startswith\\(subject,'(${LITERAL})'\\))?` +
    "&\\$orderby=createdon desc,activityid desc$",
);

const hexGuid = fc.uuid();
const recordId = fc.oneof(
  hexGuid,
  hexGuid.map((id) => `{${id.toUpperCase()}}`),
  fc.string(),
  fc.constantFrom("", "null", "x' or 1 eq 1", "00000000-0000-0000-0000-000000000000) or (1 eq 1", "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41&$top=5000"),
);
const search = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("'", "%", "_", "[", "]", "&", "#", "?", "+", " ", "\u0000", "\n", "a", "é", "\u202e") }));
const request = fc.record<SessionListRequest>({
  regardingId: recordId,
  scope: fc.constantFrom("all", "open", "closed"),
  pageSize: fc.integer({ min: 5, max: 250 }),
  filters: fc.record({
    status: fc.constantFrom("all", "active", "closed"),
    channels: fc.array(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(192370000, 192360000, Number.NaN, -1)), { maxLength: 60 }),
    search,
  }),
});

/** The search the literal stands for: percent-decoded, quotes undoubled, bracketed wildcards unwrapped. */
function searchOf(literal: string): string {
  return decodeURIComponent(literal).replace(/''/g, "'").replace(/\[([[%_])\]/g, "$1");
}

describe("the list query, for any request", () => {
  it("is refused or follows the grammar exactly, and searches exactly what the agent typed", () => {
    fc.assert(
      fc.property(request, (generated) => {
        const options = buildSessionQuery(generated);
        if (options === null) return;
        const match = LIST_QUERY.exec(options);
        expect(match).not.toBeNull();
        const literal = match?.[2];
        const wanted = normalizeSearch(generated.filters.search);
        if (wanted === "") expect(literal).toBeUndefined();
        else expect(searchOf(literal ?? "")).toBe(wanted);
      }),
      { numRuns: 4000 },
    );
  });

  it("always queries the record it was given, never another", () => {
    fc.assert(
      fc.property(hexGuid, request, (id, generated) => {
        const options = buildSessionQuery({ ...generated, regardingId: `{${id.toUpperCase()}}` });
        if (options !== null) expect(LIST_QUERY.exec(options)?.[1]).toBe(id.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the count query, for any record id and scope", () => {
  it("is refused or one aggregate FetchXML of exactly this shape", () => {
    const shape = new RegExp(
      `^<fetch aggregate="true"><entity name="msdyn_ocsession"><attribute name="activityid" alias="sessions" aggregate="count"/>` +
        `<attribute name="statecode" alias="state" groupby="true"/><attribute name="msdyn_state" alias="sessionstate" groupby="true"/>` +
        `<attribute name="msdyn_channel" alias="channel" groupby="true"/><filter><condition attribute="regardingobjectid" operator="eq" value="${GUID}"/>` +
        `(?:<condition attribute="statecode" operator="in">(?:<value>[0-3]</value>)+</condition>)?</filter></entity></fetch>$`,
    );
    fc.assert(
      fc.property(recordId, fc.constantFrom("all", "open", "closed"), (id, scope) => {
        const options = buildCountQuery(id, scope);
        if (options === null) return;
        expect(options.startsWith("?fetchXml=")).toBe(true);
        expect(decodeURIComponent(options.slice("?fetchXml=".length))).toMatch(shape);
      }),
      { numRuns: 1000 },
    );
  });
});

const columnValue = fc.oneof(fc.jsonValue(), fc.string({ maxLength: 10_000 }), fc.date({ noInvalidDate: false }).map(String), fc.constant(undefined));
const rawRow = fc.oneof(
  fc.anything(),
  fc.record(
    {
      activityid: fc.oneof(hexGuid, hexGuid.map((id) => `{${id.toUpperCase()}}`), fc.anything()),
      subject: fc.oneof(columnValue, fc.string({ unit: fc.constantFrom("\u202e", "\u200b", "<", ">", "&", "a", "ب", " ") })),
      statecode: fc.oneof(fc.integer({ min: -1, max: 5 }), columnValue),
      msdyn_state: fc.oneof(fc.constantFrom(192350000, 192350001, 192350002, 192350003, 192350004, null), columnValue),
      msdyn_channel: fc.oneof(fc.integer(), columnValue),
      msdyn_sessioncreatedon: columnValue,
      msdyn_sessionclosedon: columnValue,
      createdon: columnValue,
      _ownerid_value: columnValue,
      "_ownerid_value@OData.Community.Display.V1.FormattedValue": columnValue,
      "statecode@OData.Community.Display.V1.FormattedValue": columnValue,
      msdyn_closurereason: columnValue,
    },
    { requiredKeys: [] },
  ),
);

describe("the mapper, for any JSON a Web API row could hold", () => {
  it("never throws, and yields a row with text to show whenever the id is usable", () => {
    fc.assert(
      fc.property(rawRow, (row) => {
        const session = mapSession(row, englishString);
        if (session === null) return;
        expect(session.id).toMatch(new RegExp(`^${GUID}$`));
        expect(session.subject === null || (typeof session.subject === "string" && session.subject.length <= 501)).toBe(true);
        expect(typeof session.status.label).toBe("string");
        expect(session.status.label.length).toBeGreaterThan(0);
        for (const date of [session.startedOn, session.closedOn]) expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
        for (const text of [session.channel, session.ownerName, session.closureReason]) expect(text === null || typeof text === "string").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("counts only what is a count, whatever the aggregate answers", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ sessions: fc.oneof(fc.integer(), fc.anything()), state: fc.anything(), channel: fc.anything() }))), (rows) => {
        for (const group of mapCountGroups(rows)) {
          expect(Number.isSafeInteger(group.count) && group.count >= 0).toBe(true);
          for (const value of [group.stateCode, group.sessionState, group.channel]) expect(value === null || Number.isSafeInteger(value)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the maker's settings, whatever the form designer hands over", () => {
  it("are clamped, enum-checked and validated, never thrown over", () => {
    const raw = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.double(), fc.constantFrom("yes", "no", "all", "open", "closed", "mainForm", "quickCreate", "directCreate", "workspaceSession", "contoso_bankaccount_session"));
    fc.assert(
      fc.property(
        fc.record({ pageSize: raw, sessionState: raw, allowStart: raw, startMode: raw, sessionTemplate: raw, openInNewWindow: raw, regardingNavigationProperty: raw, showCounts: raw, showHistory: raw, visibleRows: raw, refreshInterval: raw }),
        (input) => {
          const settings = parseSettings(input);
          expect(Number.isInteger(settings.pageSize) && settings.pageSize >= PAGE_SIZE.min && settings.pageSize <= PAGE_SIZE.max).toBe(true);
          expect(Number.isInteger(settings.visibleRows) && settings.visibleRows >= VISIBLE_ROWS.min && settings.visibleRows <= VISIBLE_ROWS.max).toBe(true);
          expect(settings.refreshIntervalSeconds === null || (settings.refreshIntervalSeconds >= 30 && settings.refreshIntervalSeconds <= 3600)).toBe(true);
          expect(["all", "open", "closed"]).toContain(settings.scope);
          expect(["mainForm", "quickCreate", "directCreate", "workspaceSession"]).toContain(settings.startMode);
          expect(settings.sessionTemplate === null || /^[A-Za-z0-9]+_[A-Za-z0-9_]+$/.test(settings.sessionTemplate)).toBe(true);
          expect(settings.regardingNavigationProperty === null || /^[a-z][a-z0-9_]{0,127}$/.test(settings.regardingNavigationProperty)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
