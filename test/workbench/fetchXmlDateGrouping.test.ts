/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData } from "../../workbench/server/dataverse";
import type { SampleSession } from "../../workbench/server/dataverse";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, DataverseErrorBody, EmulatorServer } from "./emulatorServer";

const data = generateSampleData(SAMPLE_SEED, FIXED_NOW);
const sessionsOf = (accountId: string): SampleSession[] => data.sessions.filter((session) => session._regardingobjectid_value === accountId);
const { premier } = SAMPLE_ACCOUNTS;
const TIME_ZONE_HEADER = "X-Workbench-User-Time-Zone";

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

function fetchSessions<T = Collection>(fetch: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  return getJson<T>(`${server.apiRoot}msdyn_ocsessions?fetchXml=${encodeURIComponent(fetch)}`, headers);
}

const byDay = (accountId: string, { userTimeZone, filter = "" }: { userTimeZone?: boolean; filter?: string } = {}) => {
  const zone = userTimeZone === undefined ? "" : ` usertimezone="${String(userTimeZone)}"`;
  return `<fetch aggregate="true"><entity name="msdyn_ocsession">
    <attribute name="activityid" alias="sessions" aggregate="count"/>
    <attribute name="createdon" alias="year" groupby="true" dategrouping="year"${zone}/>
    <attribute name="createdon" alias="month" groupby="true" dategrouping="month"${zone}/>
    <attribute name="createdon" alias="day" groupby="true" dategrouping="day"${zone}/>
    <filter><condition attribute="regardingobjectid" operator="eq" value="${accountId}"/>${filter}</filter>
  </entity></fetch>`;
};

/** "2026-11-03": the calendar date of an instant in a time zone. */
function dateIn(timeZone: string, iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

function tallyDays(sessions: readonly SampleSession[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    const day = dateIn(timeZone, session.createdon);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

function answeredDays(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const pad = (value: unknown) => String(value).padStart(2, "0");
  return new Map(rows.map((row) => [`${String(row.year)}-${pad(row.month)}-${pad(row.day)}`, row.sessions as number]));
}

describe("FetchXML dategrouping", () => {
  it("groups by year, month and day of the month in the user's time zone by default (Tokyo)", async () => {
    const { status, body } = await fetchSessions(byDay(premier.id), { [TIME_ZONE_HEADER]: "Asia/Tokyo" });
    expect(status).toBe(200);
    expect(answeredDays(body.value)).toEqual(tallyDays(sessionsOf(premier.id), "Asia/Tokyo"));
    expect(Object.keys(body.value[0]).sort()).toEqual(["day", "month", "sessions", "year"]);
    expect(typeof body.value[0].year).toBe("number");
  });

  it("groups by UTC with usertimezone=\"false\", whatever the user's time zone", async () => {
    const { body } = await fetchSessions(byDay(premier.id, { userTimeZone: false }), { [TIME_ZONE_HEADER]: "Asia/Tokyo" });
    const utc = tallyDays(sessionsOf(premier.id), "UTC");
    expect(answeredDays(body.value)).toEqual(utc);
    expect(utc).not.toEqual(tallyDays(sessionsOf(premier.id), "Asia/Tokyo"));
  });

  it("follows daylight saving time in the user's zone (New York)", async () => {
    const { body } = await fetchSessions(byDay(premier.id, { userTimeZone: true }), { [TIME_ZONE_HEADER]: "America/New_York" });
    expect(answeredDays(body.value)).toEqual(tallyDays(sessionsOf(premier.id), "America/New_York"));
  });

  it("groups by UTC when the request names no time zone, or one that does not exist", async () => {
    const utc = tallyDays(sessionsOf(premier.id), "UTC");
    expect(answeredDays((await fetchSessions(byDay(premier.id))).body.value)).toEqual(utc);
    expect(answeredDays((await fetchSessions(byDay(premier.id), { [TIME_ZONE_HEADER]: "Mars/Olympus_Mons" })).body.value)).toEqual(utc);
  });

  it.each([
    ["week, whose numbering Dataverse does not document (not emulated)", "week", /not supported by the workbench/],
    ["a part Dataverse does not know", "fortnight", /is not valid/],
  ])("refuses %s with 400", async (_what, part, message) => {
    const fetch = `<fetch aggregate="true"><entity name="msdyn_ocsession"><attribute name="activityid" alias="n" aggregate="count"/><attribute name="createdon" alias="d" groupby="true" dategrouping="${part}"/></entity></fetch>`;
    const { status, body } = await fetchSessions<DataverseErrorBody>(fetch);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  it("refuses dategrouping without groupby, or on a column that is not a date", async () => {
    for (const attribute of ['<attribute name="createdon" alias="d" dategrouping="day"/>', '<attribute name="subject" alias="d" groupby="true" dategrouping="day"/>']) {
      const fetch = `<fetch aggregate="true"><entity name="msdyn_ocsession"><attribute name="activityid" alias="n" aggregate="count"/>${attribute}</entity></fetch>`;
      expect((await fetchSessions<DataverseErrorBody>(fetch)).status).toBe(400);
    }
  });
});

describe("FetchXML on-or-after", () => {
  const firstDay = "2026-10-01";
  const onOrAfter = `<condition attribute="createdon" operator="on-or-after" value="${firstDay}"/>`;

  it.each(["Asia/Tokyo", "America/Los_Angeles", "UTC"])("keeps the sessions created on or after the date in the user's time zone (%s)", async (zone) => {
    const { body } = await fetchSessions(byDay(premier.id, { filter: onOrAfter }), { [TIME_ZONE_HEADER]: zone });
    const expected = sessionsOf(premier.id).filter((session) => dateIn(zone, session.createdon) >= firstDay);
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredDays(body.value)).toEqual(tallyDays(expected, zone));
  });

  it("refuses a value that is not a date, and a column that is not one", async () => {
    const notADate = byDay(premier.id, { filter: '<condition attribute="createdon" operator="on-or-after" value="soon"/>' });
    const notADateColumn = byDay(premier.id, { filter: '<condition attribute="subject" operator="on-or-after" value="2026-10-01"/>' });
    expect((await fetchSessions<DataverseErrorBody>(notADate)).status).toBe(400);
    expect((await fetchSessions<DataverseErrorBody>(notADateColumn)).status).toBe(400);
  });
});
