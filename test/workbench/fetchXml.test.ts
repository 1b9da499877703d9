/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData } from "../../workbench/server/dataverse";
import type { SampleSession } from "../../workbench/server/dataverse";
import { STATECODE_LABELS } from "../../workbench/server/dataverse/optionSets/optionSets";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, DataverseErrorBody, EmulatorServer, JsonObject } from "./emulatorServer";

const data = generateSampleData(SAMPLE_SEED, FIXED_NOW);
const sessionsOf = (accountId: string): SampleSession[] => data.sessions.filter((session) => session._regardingobjectid_value === accountId);
const { everyday, premier } = SAMPLE_ACCOUNTS;
const ALL_ANNOTATIONS = { Prefer: 'odata.include-annotations="*"' };

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

/** What `retrieveMultipleRecords("msdyn_ocsession", "?fetchXml=" + encodeURIComponent(fetch))` sends. */
function fetchSessions<T = Collection>(fetch: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  return getJson<T>(`${server.apiRoot}msdyn_ocsessions?fetchXml=${encodeURIComponent(fetch)}`, headers);
}

const countByState = (accountId: string, extra = "") => `<fetch aggregate="true">
  <entity name="msdyn_ocsession">
    <attribute name="activityid" alias="count" aggregate="count" />
    <attribute name="statecode" alias="state" groupby="true" />
    <filter type="and">
      <condition attribute="regardingobjectid" operator="eq" value="${accountId}" />${extra}
    </filter>
    <order alias="state" />
  </entity>
</fetch>`;

function tally<K>(sessions: readonly SampleSession[], key: (session: SampleSession) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const session of sessions) counts.set(key(session), (counts.get(key(session)) ?? 0) + 1);
  return counts;
}

describe("aggregate FetchXML", () => {
  it("counts a record's sessions by state: one row per group, aliases as property names", async () => {
    const { status, body } = await fetchSessions(countByState(premier.id));
    expect(status).toBe(200);
    expect(body["@odata.context"]).toBe(`${server.apiRoot}$metadata#msdyn_ocsessions`);
    const expected = tally(sessionsOf(premier.id), (session) => session.statecode);
    expect(body.value).toHaveLength(expected.size);
    for (const row of body.value) {
      expect(Object.keys(row).sort()).toEqual(["count", "state"]);
      expect(row.count).toBe(expected.get(row.state as number));
    }
  });

  it("adds formatted values and attribute names as annotations when asked, and orders choice groups by label", async () => {
    const { body } = await fetchSessions(countByState(everyday.id), ALL_ANNOTATIONS);
    const labels = body.value.map((row) => row["state@OData.Community.Display.V1.FormattedValue"]);
    expect(labels).toEqual([...labels].sort());
    expect(body.value[0]).toEqual({
      "count@OData.Community.Display.V1.AttributeName": "activityid",
      "count@OData.Community.Display.V1.FormattedValue": String(body.value[0].count),
      count: expect.any(Number),
      "state@OData.Community.Display.V1.AttributeName": "statecode",
      "state@OData.Community.Display.V1.FormattedValue": STATECODE_LABELS[body.value[0].state as number],
      state: expect.any(Number),
    });
  });

  it("orders by value with useraworderby, and descending by a count", async () => {
    const raw = await fetchSessions(countByState(everyday.id).replace('<fetch aggregate="true">', '<fetch aggregate="true" useraworderby="true">'));
    expect(raw.body.value.map((row) => row.state)).toEqual([0, 1, 2, 3]);
    const byCount = await fetchSessions(countByState(premier.id).replace('<order alias="state" />', '<order alias="count" descending="true" />'));
    const counts = byCount.body.value.map((row) => row.count as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("groups by msdyn_state, leaving the property out for sessions without one", async () => {
    const fetch = countByState(everyday.id).replace('name="statecode" alias="state"', 'name="msdyn_state" alias="state"');
    const { body } = await fetchSessions(fetch);
    const expected = tally(sessionsOf(everyday.id), (session) => session.msdyn_state);
    const withoutState = body.value.find((row) => !("state" in row));
    expect(withoutState?.count).toBe(expected.get(null));
    expect(body.value).toHaveLength(expected.size);
  });

  it("groups by state and channel together, filtered with in, not-null and begins-with", async () => {
    const voiceAndChat = `<condition attribute="msdyn_channel" operator="in"><value>192370000</value><value>192360000</value></condition>`;
    const fetch = `<fetch aggregate="true"><entity name="msdyn_ocsession">
      <attribute name="activityid" alias="sessions" aggregate="count" />
      <attribute name="statecode" alias="state" groupby="true" />
      <attribute name="msdyn_channel" alias="channel" groupby="true" />
      <filter><condition attribute="regardingobjectid" operator="eq" value="{${premier.id.toUpperCase()}}" />${voiceAndChat}
        <condition attribute="msdyn_sessioncreatedon" operator="not-null" />
        <condition attribute="subject" operator="begins-with" value="Card" /></filter>
    </entity></fetch>`;
    const { status, body } = await fetchSessions(fetch);
    expect(status).toBe(200);
    const matching = sessionsOf(premier.id).filter(
      (s) => [192370000, 192360000].includes(s.msdyn_channel) && s.msdyn_sessioncreatedon !== null && !!s.subject?.toLowerCase().startsWith("card"),
    );
    const expected = tally(matching, (s) => `${s.statecode}/${s.msdyn_channel}`);
    expect(new Map(body.value.map((row) => [`${String(row.state)}/${String(row.channel)}`, row.sessions]))).toEqual(expected);
  });

  it("supports eq, ne, null, like and an or filter", async () => {
    const fetch = `<fetch aggregate="true"><entity name="msdyn_ocsession">
      <attribute name="activityid" alias="n" aggregate="count" />
      <filter type="and"><condition attribute="regardingobjectid" operator="eq" value="${everyday.id}" />
        <filter type="or"><condition attribute="msdyn_state" operator="null" /><condition attribute="subject" operator="like" value="%50[%]%" />
          <condition attribute="statecode" operator="ne" value="1" /></filter></filter>
    </entity></fetch>`;
    const { body } = await fetchSessions(fetch);
    const expected = sessionsOf(everyday.id).filter((s) => s.msdyn_state === null || !!s.subject?.includes("50%") || s.statecode !== 1).length;
    expect(body.value).toEqual([{ n: expected }]);
  });

  it("answers one row with a count of 0 when nothing matches, and counts non-null values with countcolumn", async () => {
    const empty = await fetchSessions(countByState(SAMPLE_ACCOUNTS.savings.id).replace(/<attribute name="statecode"[^>]*>|<order[^>]*>/g, ""));
    expect(empty.body.value).toEqual([{ count: 0 }]);
    const fetch = `<fetch aggregate="true"><entity name="msdyn_ocsession">
      <attribute name="msdyn_sessioncreatedon" alias="started" aggregate="countcolumn" />
      <filter><condition attribute="regardingobjectid" operator="eq" value="${everyday.id}" /></filter></entity></fetch>`;
    const { body } = await fetchSessions(fetch);
    expect(body.value).toEqual([{ started: sessionsOf(everyday.id).filter((s) => s.msdyn_sessioncreatedon !== null).length }]);
  });

  it("fails with AggregateQueryRecordLimit exceeded over the limit (aggregatelimit lowers it)", async () => {
    const fetch = countByState(premier.id).replace('<fetch aggregate="true">', '<fetch aggregate="true" aggregatelimit="10">');
    const { status, body } = await fetchSessions<DataverseErrorBody>(fetch);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "0x8004e023", message: "AggregateQueryRecordLimit exceeded. Cannot perform this operation." });
  });
});

describe("plain FetchXML", () => {
  it("returns the chosen attributes, leaves out nulls, keeps the key, and honours orders and top", async () => {
    const fetch = `<fetch top="5"><entity name="msdyn_ocsession">
      <attribute name="subject" /><attribute name="msdyn_sessioncreatedon" /><attribute name="createdon" />
      <order attribute="createdon" descending="true" /><order attribute="activityid" descending="true" />
      <filter><condition attribute="regardingobjectid" operator="eq" value="${everyday.id}" /></filter></entity></fetch>`;
    const { body } = await fetchSessions(fetch);
    const expected = [...sessionsOf(everyday.id)]
      .sort((a, b) => Date.parse(b.createdon) - Date.parse(a.createdon) || (a.activityid < b.activityid ? 1 : -1))
      .slice(0, 5);
    expect(body["@odata.context"]).toBe(`${server.apiRoot}$metadata#msdyn_ocsessions(subject,msdyn_sessioncreatedon,createdon)`);
    expect(body.value.map((row) => row.activityid)).toEqual(expected.map((s) => s.activityid));
    const handMade = body.value.find((row) => row.activityid === expected.find((s) => s.msdyn_sessioncreatedon === null)?.activityid);
    expect(handMade).toBeDefined();
    expect(handMade).not.toHaveProperty("msdyn_sessioncreatedon");
  });

  it("pages with count and page, saying when there are more records", async () => {
    const fetch = (page: number) => `<fetch count="250" page="${page}"><entity name="msdyn_ocsession"><attribute name="activityid" />
      <filter><condition attribute="regardingobjectid" operator="eq" value="${premier.id}" /></filter></entity></fetch>`;
    const pages: JsonObject[][] = [];
    for (const page of [1, 2, 3]) {
      const { body } = await fetchSessions(fetch(page), ALL_ANNOTATIONS);
      expect(Boolean((body as unknown as JsonObject)["@Microsoft.Dynamics.CRM.morerecords"])).toBe(page < 3);
      pages.push(body.value);
    }
    expect(new Set(pages.flat().map((row) => row.activityid)).size).toBe(premier.sessionCount);
  });
});

describe("FetchXML the emulator refuses, in Dataverse's error shape", () => {
  it.each([
    ["not XML", "<fetch><entity name='msdyn_ocsession'>"],
    ["another entity", "<fetch><entity name='account'><attribute name='name' /></entity></fetch>"],
    ["a link-entity", "<fetch><entity name='msdyn_ocsession'><link-entity name='systemuser' from='systemuserid' to='ownerid' /></entity></fetch>"],
    ["an aggregate without alias", "<fetch aggregate='true'><entity name='msdyn_ocsession'><attribute name='activityid' aggregate='count' /></entity></fetch>"],
    ["an unsupported aggregate", "<fetch aggregate='true'><entity name='msdyn_ocsession'><attribute name='actualdurationminutes' alias='s' aggregate='sum' /></entity></fetch>"],
    ["an unsupported operator", "<fetch><entity name='msdyn_ocsession'><filter><condition attribute='createdon' operator='last-x-days' value='3' /></filter></entity></fetch>"],
    ["a Web API lookup name", "<fetch><entity name='msdyn_ocsession'><attribute name='_ownerid_value' /></entity></fetch>"],
  ])("refuses %s with 400", async (_what, fetch) => {
    const { status, body } = await fetchSessions<DataverseErrorBody>(fetch);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: expect.stringMatching(/^0x8/), message: expect.any(String) });
  });

  it("names the unknown attribute like QueryBuilderNoAttribute", async () => {
    const { body } = await fetchSessions<DataverseErrorBody>("<fetch><entity name='msdyn_ocsession'><attribute name='colour' /></entity></fetch>");
    expect(body.error).toEqual({ code: "0x80041103", message: "'msdyn_ocsession' entity doesn't contain attribute with Name = 'colour' and NameMapping = 'Logical'." });
  });
});
