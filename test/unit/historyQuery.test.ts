import { buildHistoryQuery, isoDay, mapHistoryRows } from "../../src/data/historyQuery";
import { buildSessionQuery } from "../../src/data/sessionQuery";

const ACCOUNT_ID = "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41";
const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const LABEL = "@OData.Community.Display.V1.FormattedValue";

function fetchOf(options: string | null): string {
  expect(options).not.toBeNull();
  expect(options?.startsWith("?fetchXml=")).toBe(true);
  return decodeURIComponent((options ?? "").slice("?fetchXml=".length));
}

describe("the history query", () => {
  it("counts activityid by createdon year, month and day in the user's time zone and by channel, for the record, on or after the window's first day", () => {
    const fetch = fetchOf(buildHistoryQuery(ACCOUNT_ID.toUpperCase(), "all", dayOf("2026-09-06")));
    expect(fetch).toBe(
      '<fetch aggregate="true"><entity name="msdyn_ocsession">' +
        '<attribute name="activityid" alias="sessions" aggregate="count"/>' +
        '<attribute name="createdon" alias="year" groupby="true" dategrouping="year"/>' +
        '<attribute name="createdon" alias="month" groupby="true" dategrouping="month"/>' +
        '<attribute name="createdon" alias="day" groupby="true" dategrouping="day"/>' +
        '<attribute name="msdyn_channel" alias="channel" groupby="true"/>' +
        `<filter><condition attribute="regardingobjectid" operator="eq" value="${ACCOUNT_ID}"/>` +
        '<condition attribute="createdon" operator="on-or-after" value="2026-09-06"/></filter>' +
        "</entity></fetch>",
    );
    expect(fetch).not.toContain("usertimezone");
    expect(fetch).not.toContain('dategrouping="week"');
  });

  it.each([
    ["open", "<value>0</value><value>3</value>"],
    ["closed", "<value>1</value><value>2</value>"],
  ] as const)("keeps to the maker's %s scope as the counts do", (scope, values) => {
    expect(fetchOf(buildHistoryQuery(ACCOUNT_ID, scope, dayOf("2026-09-06")))).toContain(`<condition attribute="statecode" operator="in">${values}</condition>`);
  });

  it("is not built for an id that is not a GUID, nor for a first day that is not a whole day", () => {
    expect(buildHistoryQuery("x' or 1 eq 1", "all", dayOf("2026-09-06"))).toBeNull();
    expect(buildHistoryQuery(ACCOUNT_ID, "all", Number.NaN)).toBeNull();
  });

  it("writes a day as FetchXML's date-only value", () => {
    expect(isoDay(dayOf("2027-01-01"))).toBe("2027-01-01");
  });
});

describe("the history rows", () => {
  it("become day counts with the channel and its label", () => {
    expect(mapHistoryRows([{ sessions: 3, year: 2026, month: 11, day: 3, channel: 192350000, [`channel${LABEL}`]: "Voice" }])).toEqual([
      { day: dayOf("2026-11-03"), channel: 192350000, channelLabel: "Voice", count: 3 },
    ]);
  });

  it("read numbers sent as text, count a row without a channel under none, and skip rows without a date or count, whatever else they hold", () => {
    const rows: unknown[] = [
      { sessions: "2", year: "2026", month: "11", day: "4" },
      { sessions: 1, year: 2026, month: 11 },
      { sessions: 1, year: null, month: 11, day: 4 },
      { sessions: 1, year: 2026, month: 2, day: 31 },
      { sessions: 1, year: 2026, month: 13, day: 1 },
      { sessions: "many", year: 2026, month: 11, day: 4 },
      { sessions: -1, year: 2026, month: 11, day: 4 },
      { sessions: 1.5, year: 2026, month: 11, day: 4 },
      null,
      "junk",
      42,
      [],
    ];
    expect(mapHistoryRows(rows)).toEqual([{ day: dayOf("2026-11-04"), channel: null, channelLabel: null, count: 2 }]);
  });
});

describe("the list narrowed to a week", () => {
  const request = {
    regardingId: ACCOUNT_ID,
    scope: "all" as const,
    filters: { status: "active" as const, channels: [192350000], search: "" },
    pageSize: 25,
  };

  it("asks for createdon from the week's first instant up to the next week's, with the other filters", () => {
    const options = buildSessionQuery({ ...request, createdRange: { from: new Date("2026-11-01T04:00:00Z"), to: new Date("2026-11-08T05:00:00Z") } });
    expect(options).toContain(
      "$filter=_regardingobjectid_value eq 3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41 and statecode eq 0 and msdyn_channel eq 192350000 and createdon ge 2026-11-01T04:00:00.000Z and createdon lt 2026-11-08T05:00:00.000Z&",
    );
  });

  it("asks for any time without a range, and nothing for a range that is no span of time", () => {
    expect(buildSessionQuery({ ...request, createdRange: null })).not.toContain("createdon ge");
    expect(buildSessionQuery({ ...request, createdRange: { from: new Date("2026-11-08T00:00:00Z"), to: new Date("2026-11-01T00:00:00Z") } })).toBeNull();
    expect(buildSessionQuery({ ...request, createdRange: { from: new Date(Number.NaN), to: new Date("2026-11-01T00:00:00Z") } })).toBeNull();
  });
});
