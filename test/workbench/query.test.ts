/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData, SAMPLE_AGENTS } from "../../workbench/server/dataverse";
import type { SampleSession } from "../../workbench/server/dataverse";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer } from "./emulatorServer";

const data = generateSampleData(SAMPLE_SEED, FIXED_NOW);
const EVERYDAY = SAMPLE_ACCOUNTS.everyday.id;
const everyday = data.sessions.filter((session) => session._regardingobjectid_value === EVERYDAY);
const idsOf = (sessions: readonly { activityid?: unknown }[]) => sessions.map((session) => session.activityid).sort();

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

/** Lists the everyday account's sessions matching an extra filter clause. */
async function everydayWhere(clause: string): Promise<Collection["value"]> {
  const filter = encodeURIComponent(`_regardingobjectid_value eq ${EVERYDAY} and (${clause})`);
  const { status, body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=activityid&$filter=${filter}`);
  expect(status).toBe(200);
  return body.value;
}

const expectEverydayWhere = async (clause: string, predicate: (session: SampleSession) => boolean) => {
  const expected = everyday.filter(predicate);
  expect(expected.length).toBeGreaterThan(0);
  expect(idsOf(await everydayWhere(clause))).toEqual(idsOf(expected));
};

describe("$filter", () => {
  it("matches a lookup value against an unquoted GUID literal", async () => {
    expect(idsOf(await everydayWhere("statecode ge 0"))).toEqual(idsOf(everyday));
    expect(everyday).toHaveLength(SAMPLE_ACCOUNTS.everyday.sessionCount);
  });

  it("supports eq, ne, lt, gt, le and ge on numbers", async () => {
    await expectEverydayWhere("statecode eq 1", (s) => s.statecode === 1);
    await expectEverydayWhere("statecode ne 1", (s) => s.statecode !== 1);
    await expectEverydayWhere("statecode lt 1", (s) => s.statecode < 1);
    await expectEverydayWhere("statecode gt 1", (s) => s.statecode > 1);
    await expectEverydayWhere("statecode le 1", (s) => s.statecode <= 1);
    await expectEverydayWhere("statecode ge 2", (s) => s.statecode >= 2);
  });

  it("compares date columns with datetime literals", async () => {
    const cutoff = "2026-06-01T00:00:00Z";
    await expectEverydayWhere(`createdon gt ${cutoff}`, (s) => Date.parse(s.createdon) > Date.parse(cutoff));
    await expectEverydayWhere(`createdon le ${cutoff}`, (s) => Date.parse(s.createdon) <= Date.parse(cutoff));
  });

  it("combines and, or, not and parentheses", async () => {
    await expectEverydayWhere(
      "(statecode eq 0 or statecode eq 3) and not (msdyn_state eq 192350001)",
      (s) => (s.statecode === 0 || s.statecode === 3) && s.msdyn_state !== 192350001,
    );
    await expectEverydayWhere("not (statecode eq 1 or statecode eq 2)", (s) => !(s.statecode === 1 || s.statecode === 2));
  });

  it("matches null with eq null and ne null", async () => {
    await expectEverydayWhere("subject eq null", (s) => s.subject === null);
    await expectEverydayWhere("msdyn_sessionclosedon ne null", (s) => s.msdyn_sessionclosedon !== null);
    await expectEverydayWhere("msdyn_sessioncreatedon eq null", (s) => s.msdyn_sessioncreatedon === null);
  });

  it("matches text case-insensitively with eq, startswith, contains and endswith", async () => {
    const sample = everyday.find((s) => s.subject && s.subject.length > 12 && s.subject.length < 200)?.subject ?? "";
    const quoted = (text: string) => `'${text.split("'").join("''")}'`;
    await expectEverydayWhere(`subject eq ${quoted(sample.toUpperCase())}`, (s) => s.subject?.toLowerCase() === sample.toLowerCase());
    await expectEverydayWhere(`startswith(subject,${quoted(sample.slice(0, 5))})`, (s) => !!s.subject?.toLowerCase().startsWith(sample.slice(0, 5).toLowerCase()));
    await expectEverydayWhere(`contains(subject,'onerror')`, (s) => !!s.subject?.includes("onerror"));
    await expectEverydayWhere(`endswith(subject,${quoted(sample.slice(-4))})`, (s) => !!s.subject?.toLowerCase().endsWith(sample.slice(-4).toLowerCase()));
  });

  it("matches channels with or-ed conditions and with Microsoft.Dynamics.CRM.In", async () => {
    const [voice, chat] = [192370000, 192360000];
    const wanted = (s: SampleSession) => s.msdyn_channel === voice || s.msdyn_channel === chat;
    await expectEverydayWhere(`(msdyn_channel eq ${voice} or msdyn_channel eq ${chat})`, wanted);
    await expectEverydayWhere(`Microsoft.Dynamics.CRM.In(PropertyName='msdyn_channel',PropertyValues=['${voice}','${chat}'])`, wanted);
    await expectEverydayWhere(`Microsoft.Dynamics.CRM.In(PropertyName='msdyn_channel',PropertyValues=[${voice},${chat}])`, wanted);
    await expectEverydayWhere(`Microsoft.Dynamics.CRM.NotIn(PropertyName='msdyn_channel',PropertyValues=['${voice}','${chat}'])`, (s) => !wanted(s));
  });

  it("combines a state, a channel set and a subject prefix, as the control's filters do", async () => {
    const sample = everyday.find((s) => s.statecode === 1 && s.subject && s.subject.length > 6);
    const prefix = sample?.subject?.slice(0, 4) ?? "";
    await expectEverydayWhere(
      `statecode eq 1 and Microsoft.Dynamics.CRM.In(PropertyName='msdyn_channel',PropertyValues=['${sample?.msdyn_channel}']) and startswith(subject,'${prefix.split("'").join("''")}')`,
      (s) => s.statecode === 1 && s.msdyn_channel === sample?.msdyn_channel && !!s.subject?.toLowerCase().startsWith(prefix.toLowerCase()),
    );
  });

  it("answers an unknown Dataverse function or column in it with 400", async () => {
    for (const clause of [
      "Microsoft.Dynamics.CRM.Today(PropertyName='createdon')",
      "Microsoft.Dynamics.CRM.In(PropertyName='colour',PropertyValues=['1'])",
      "Microsoft.Dynamics.CRM.In(PropertyName='msdyn_channel',PropertyValues=['voice'])",
    ]) {
      const filter = encodeURIComponent(`_regardingobjectid_value eq ${EVERYDAY} and ${clause}`);
      const { status } = await getJson(`${server.apiRoot}msdyn_ocsessions?$select=activityid&$filter=${filter}`);
      expect(status).toBe(400);
    }
  });

  it("matches the owner lookup by GUID", async () => {
    const owner = everyday.find((s) => s.ownerTable === "systemuser")?._ownerid_value ?? "";
    await expectEverydayWhere(`_ownerid_value eq ${owner}`, (s) => s._ownerid_value === owner);
  });

  it("accepts the query unencoded as well as percent-encoded", async () => {
    const filter = `_regardingobjectid_value eq ${EVERYDAY} and statecode eq 1`;
    const encoded = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=${encodeURIComponent(filter)}`);
    const raw = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=${filter}`);
    const plusForSpace = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=${filter.split(" ").join("+")}`);
    expect(idsOf(raw.body.value)).toEqual(idsOf(encoded.body.value));
    expect(idsOf(plusForSpace.body.value)).toEqual(idsOf(encoded.body.value));
    expect(encoded.body.value).toHaveLength(everyday.filter((s) => s.statecode === 1).length);
  });
});

describe("$select", () => {
  it("returns only the selected columns plus the key and the etag", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject,statecode&$filter=_regardingobjectid_value eq ${EVERYDAY}`);
    expect(body["@odata.context"]).toBe(`${server.apiRoot}$metadata#msdyn_ocsessions(subject,statecode)`);
    for (const row of body.value) {
      expect(Object.keys(row).sort()).toEqual(["@odata.etag", "activityid", "statecode", "subject"]);
      expect(row["@odata.etag"]).toMatch(/^W\/"\d+"$/);
    }
  });
});

describe("$orderby", () => {
  it("puts nulls last in descending order, as SQL Server sorts them", async () => {
    const url = `${server.apiRoot}msdyn_ocsessions?$select=msdyn_sessioncreatedon&$filter=_regardingobjectid_value eq ${EVERYDAY}&$orderby=msdyn_sessioncreatedon desc,activityid asc`;
    const { body } = await getJson<Collection>(url);
    const expected = [...everyday].sort((a, b) => {
      const [x, y] = [a.msdyn_sessioncreatedon, b.msdyn_sessioncreatedon];
      if (x !== y) return x === null ? 1 : y === null ? -1 : Date.parse(y) - Date.parse(x);
      return a.activityid < b.activityid ? -1 : 1;
    });
    const dates = body.value.map((row) => row.msdyn_sessioncreatedon);
    expect(body.value.map((row) => row.activityid)).toEqual(expected.map((s) => s.activityid));
    const firstNull = dates.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dates.slice(firstNull).every((date) => date === null)).toBe(true);
  });

  it("puts nulls first in ascending order", async () => {
    const dated = await getJson<Collection>(
      `${server.apiRoot}msdyn_ocsessions?$select=msdyn_sessioncreatedon&$filter=_regardingobjectid_value eq ${EVERYDAY}&$orderby=msdyn_sessioncreatedon asc`,
    );
    const nulls = everyday.filter((s) => s.msdyn_sessioncreatedon === null).length;
    expect(dated.body.value.slice(0, nulls).every((row) => row.msdyn_sessioncreatedon === null)).toBe(true);
    expect(dated.body.value[nulls].msdyn_sessioncreatedon).not.toBeNull();
    const texts = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value eq ${EVERYDAY}&$orderby=subject asc`);
    expect(texts.body.value[0].subject).toBeNull();
    expect(texts.body.value[1].subject).toBe("");
  });

  it("breaks ties on the primary key so rows with equal dates keep a stable order", async () => {
    const premier = SAMPLE_ACCOUNTS.premier.id;
    const url = `${server.apiRoot}msdyn_ocsessions?$select=createdon&$filter=_regardingobjectid_value eq ${premier}&$orderby=createdon desc`;
    const { body } = await getJson<Collection>(url);
    const keys = body.value.map((row) => [Date.parse(row.createdon as string), row.activityid as string] as const);
    expect(new Set(keys.map(([createdOn]) => createdOn)).size).toBeLessThan(keys.length);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1)));
  });

  it("sorts choice columns by their value, not their label, as the Web API does", async () => {
    for (const direction of ["asc", "desc"]) {
      const url = `${server.apiRoot}msdyn_ocsessions?$select=statecode&$filter=_regardingobjectid_value eq ${EVERYDAY}&$orderby=statecode ${direction}`;
      const { body } = await getJson<Collection>(url);
      const states = body.value.map((row) => row.statecode);
      const distinctInOrder = states.filter((state, index) => states.indexOf(state) === index);
      // By label it would be Canceled (2), Completed (1), Open (0), Scheduled (3).
      expect(distinctInOrder).toEqual(direction === "asc" ? [0, 1, 2, 3] : [3, 2, 1, 0]);
    }
  });

  it("sorts lookups by the referenced row's name", async () => {
    const url = `${server.apiRoot}msdyn_ocsessions?$select=_ownerid_value&$filter=_regardingobjectid_value eq ${EVERYDAY}&$orderby=_ownerid_value asc`;
    const { body } = await getJson<Collection>(url, { Prefer: 'odata.include-annotations="*"' });
    const names = body.value.map((row) => row["_ownerid_value@OData.Community.Display.V1.FormattedValue"] as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(SAMPLE_AGENTS.map((agent) => agent.fullName)).toEqual(expect.arrayContaining(names.filter((name) => name !== "Card Services")));
  });
});

describe("$top and $count", () => {
  it("limits rows with $top and counts every match with $count=true", async () => {
    const url = `${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value eq ${EVERYDAY}&$top=3&$count=true`;
    const { body } = await getJson<Collection>(url);
    expect(body.value).toHaveLength(3);
    expect(body["@odata.count"]).toBe(SAMPLE_ACCOUNTS.everyday.sessionCount);
    expect(body["@odata.nextLink"]).toBeUndefined();
  });

  it("leaves out @odata.count unless asked", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$top=1`);
    expect(Object.keys(body)).not.toContain("@odata.count");
  });
});

describe("session counts through the API", () => {
  it.each(Object.entries(SAMPLE_ACCOUNTS))("lists exactly the declared sessions of the %s account", async (_key, account) => {
    const url = `${server.apiRoot}msdyn_ocsessions?$select=activityid&$count=true&$filter=_regardingobjectid_value eq ${account.id}`;
    const { body } = await getJson<Collection>(url);
    expect(body["@odata.count"]).toBe(account.sessionCount);
    expect(body.value).toHaveLength(account.sessionCount);
  });
});

describe("other entity sets and single rows", () => {
  it("lists the bank accounts by primary name", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}sample_bankaccounts?$select=sample_name&$orderby=sample_name`);
    expect(body.value.map((row) => row.sample_name)).toEqual(Object.values(SAMPLE_ACCOUNTS).map((a) => a.name).sort());
  });

  it("retrieves one session by id with $select", async () => {
    const session = everyday[0];
    const { status, body } = await getJson(`${server.apiRoot}msdyn_ocsessions(${session.activityid})?$select=subject,statecode`);
    expect(status).toBe(200);
    expect(body).toEqual({
      "@odata.context": `${server.apiRoot}$metadata#msdyn_ocsessions(subject,statecode)/$entity`,
      "@odata.etag": expect.stringMatching(/^W\/"\d+"$/),
      subject: session.subject,
      statecode: session.statecode,
      activityid: session.activityid,
    });
  });
});
