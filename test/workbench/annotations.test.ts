/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData, SAMPLE_AGENTS, SAMPLE_TEAM } from "../../workbench/server/dataverse";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer, JsonObject } from "./emulatorServer";

const session = generateSampleData(SAMPLE_SEED, FIXED_NOW).sessions.find(
  (candidate) => candidate._regardingobjectid_value === SAMPLE_ACCOUNTS.everyday.id && candidate.statecode === 1,
);
const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const SELECT = "$select=subject,statecode,msdyn_channel,msdyn_sessioncreatedon,_ownerid_value,_regardingobjectid_value";

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

const fetchSession = async (prefer?: string): Promise<{ body: JsonObject; applied: string | null }> => {
  const { body, response } = await getJson(`${server.apiRoot}msdyn_ocsessions(${session?.activityid})?${SELECT}`, prefer ? { Prefer: prefer } : {});
  return { body, applied: response.headers.get("Preference-Applied") };
};

describe("annotations", () => {
  it("adds formatted values, lookup logical names and the navigation property when all are asked for", async () => {
    const { body, applied } = await fetchSession('odata.include-annotations="*"');
    const ownerName = [...SAMPLE_AGENTS.map((agent) => agent.fullName), SAMPLE_TEAM.name];
    expect(applied).toBe('odata.include-annotations="*"');
    expect(body[`statecode${FORMATTED}`]).toBe("Completed");
    expect(typeof body[`msdyn_channel${FORMATTED}`]).toBe("string");
    expect(body[`msdyn_sessioncreatedon${FORMATTED}`]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} (AM|PM)$/);
    expect(ownerName).toContain(body[`_ownerid_value${FORMATTED}`]);
    expect(body["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]).toBe(session?.ownerTable);
    expect(body[`_regardingobjectid_value${FORMATTED}`]).toBe(SAMPLE_ACCOUNTS.everyday.name);
    expect(body["_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]).toBe("sample_bankaccount");
    expect(body["_regardingobjectid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]).toBe(
      "regardingobjectid_sample_bankaccount_msdyn_ocsession",
    );
  });

  it("formats dates like Dataverse for an en-US user", async () => {
    const { body } = await getJson<Collection>(
      `${server.apiRoot}msdyn_ocsessions?$select=createdon&$filter=createdon eq 2026-11-28T21:05:00Z or activityid eq ${session?.activityid}`,
      { Prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"' },
    );
    const row = body.value.find((candidate) => candidate.activityid === session?.activityid);
    const created = new Date(String(row?.createdon));
    const hour = created.getUTCHours() % 12 || 12;
    const expected = `${created.getUTCMonth() + 1}/${created.getUTCDate()}/${created.getUTCFullYear()} ${hour}:${String(created.getUTCMinutes()).padStart(2, "0")} ${created.getUTCHours() < 12 ? "AM" : "PM"}`;
    expect(row?.[`createdon${FORMATTED}`]).toBe(expected);
  });

  it("adds only the formatted values when only those are asked for", async () => {
    const { body } = await fetchSession('odata.include-annotations="OData.Community.Display.V1.FormattedValue"');
    expect(body[`statecode${FORMATTED}`]).toBe("Completed");
    expect(body).not.toHaveProperty(["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]);
    expect(body).toHaveProperty(["_ownerid_value"]);
  });

  it("adds no annotations without the preference", async () => {
    const { body, applied } = await fetchSession();
    expect(Object.keys(body).filter((key) => key.includes("@") && !key.startsWith("@odata."))).toEqual([]);
    expect(applied).toBeNull();
  });

  it("honours annotations sent together with a page size in one Prefer header", async () => {
    const { body, response } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=statecode`, {
      Prefer: 'odata.include-annotations="*",odata.maxpagesize=3',
    });
    expect(body.value).toHaveLength(3);
    expect(body.value[0]).toHaveProperty([`statecode${FORMATTED}`], expect.any(String));
    expect(response.headers.get("Preference-Applied")).toBe('odata.maxpagesize=3,odata.include-annotations="*"');
  });
});
