/** @jest-environment node */
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { SAMPLE_AGENTS, WORKBENCH_USER } from "../../workbench/server/dataverse";
import { getJson, sendJsonRequest, startEmulator } from "./emulatorServer";
import type { Collection, DataverseErrorBody, EmulatorServer, JsonObject } from "./emulatorServer";

const SAVINGS = SAMPLE_ACCOUNTS.savings.id;
const REGARDING_BIND = "regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind";
const CREATED_AT = new Date("2026-11-28T22:10:00Z");

let server: EmulatorServer;
let clock: Date;
beforeAll(async () => {
  clock = new Date("2026-11-28T21:05:00Z");
  server = await startEmulator({ now: () => clock });
});
afterAll(() => server.close());
beforeEach(() => {
  server.api.reset();
  clock = CREATED_AT;
});

const savingsSessions = async (): Promise<Collection["value"]> => {
  const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$filter=_regardingobjectid_value eq ${SAVINGS}`);
  return body.value;
};
const post = (body: JsonObject, headers: Record<string, string> = {}) => sendJsonRequest(`${server.apiRoot}msdyn_ocsessions`, "POST", body, headers);

describe("creating sessions", () => {
  it("answers 204 with OData-EntityId and lists the new row under its regarding account", async () => {
    expect(await savingsSessions()).toHaveLength(0);
    const response = await post({ subject: "Card blocked while travelling", msdyn_channel: 192370000, [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})` });
    expect(response.status).toBe(204);
    const entityId = response.headers.get("OData-EntityId") ?? "";
    expect(entityId).toMatch(new RegExp(`^${server.apiRoot.replace(/[.?]/g, "\\$&")}msdyn_ocsessions\\([0-9a-f-]{36}\\)$`));
    const rows = await savingsSessions();
    expect(rows).toHaveLength(1);
    expect(entityId).toContain(String(rows[0].activityid));
    expect(rows[0]).toMatchObject({
      subject: "Card blocked while travelling",
      msdyn_channel: 192370000,
      statecode: 0,
      statuscode: 1,
      createdon: "2026-11-28T22:10:00Z",
      modifiedon: "2026-11-28T22:10:00Z",
      _ownerid_value: WORKBENCH_USER.id,
      activitytypecode: "msdyn_ocsession",
    });
  });

  it("leaves msdyn_sessioncreatedon and msdyn_state empty on a session made by hand, as only Omnichannel fills them", async () => {
    await post({ subject: "Started from the form", [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})` });
    const [row] = await savingsSessions();
    expect(row).toMatchObject({ msdyn_sessioncreatedon: null, msdyn_state: null, statecode: 0, statuscode: 1, createdon: "2026-11-28T22:10:00Z" });
  });

  it("keeps msdyn_sessioncreatedon when the creator sets it", async () => {
    await post({ subject: "Imported", msdyn_sessioncreatedon: "2026-11-01T08:00:00Z", [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})` });
    const [row] = await savingsSessions();
    expect(row).toMatchObject({ msdyn_sessioncreatedon: "2026-11-01T08:00:00Z", createdon: "2026-11-28T22:10:00Z" });
  });

  it("returns the created row with 201 when asked for a representation", async () => {
    const response = await post(
      { subject: "Update address", [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})`, "ownerid@odata.bind": `/systemusers(${SAMPLE_AGENTS[2].id})` },
      { Prefer: 'return=representation,odata.include-annotations="*"' },
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as JsonObject;
    expect(body["@odata.context"]).toBe(`${server.apiRoot}$metadata#msdyn_ocsessions/$entity`);
    expect(body._ownerid_value).toBe(SAMPLE_AGENTS[2].id);
    expect(body["_ownerid_value@OData.Community.Display.V1.FormattedValue"]).toBe(SAMPLE_AGENTS[2].fullName);
    expect(body["_regardingobjectid_value@OData.Community.Display.V1.FormattedValue"]).toBe(SAMPLE_ACCOUNTS.savings.name);
  });

  it("keeps created rows until reset", async () => {
    await post({ subject: "Lost debit card", [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})` });
    expect(await savingsSessions()).toHaveLength(1);
    server.api.reset();
    expect(await savingsSessions()).toHaveLength(0);
  });

  it("rejects an unknown navigation property with 400", async () => {
    const response = await post({ subject: "x", "regardingobjectid_account_msdyn_ocsession@odata.bind": `/accounts(${SAVINGS})` });
    const body = (await response.json()) as DataverseErrorBody;
    expect(response.status).toBe(400);
    expect(body.error.message).toContain("undeclared property 'regardingobjectid_account_msdyn_ocsession'");
    expect(await savingsSessions()).toHaveLength(0);
  });

  it("rejects an unknown column with 400", async () => {
    const response = await post({ subject: "x", sample_colour: "blue" });
    const body = (await response.json()) as DataverseErrorBody;
    expect(response.status).toBe(400);
    expect(body.error.message).toBe(
      "The property 'sample_colour' does not exist on type 'Microsoft.Dynamics.CRM.msdyn_ocsession'. Make sure to only use property names that are defined by the type.",
    );
  });

  it("answers 404 when the bound record does not exist", async () => {
    const missing = "00000000-1111-4222-8333-444444444444";
    const response = await post({ subject: "x", [REGARDING_BIND]: `/sample_bankaccounts(${missing})` });
    const body = (await response.json()) as DataverseErrorBody;
    expect(response.status).toBe(404);
    expect(body.error).toEqual({ code: "0x80040217", message: `sample_bankaccount With Id = ${missing} Does Not Exist` });
  });

  it("rejects a subject longer than 200 characters and a choice value outside the option set", async () => {
    expect((await post({ subject: "x".repeat(201) })).status).toBe(400);
    expect((await post({ subject: "x", msdyn_channel: 42 })).status).toBe(400);
  });

  it("deletes a session with DELETE, answering 204, and 404 when it is gone", async () => {
    const created = await post({ subject: "Short-lived", [REGARDING_BIND]: `/sample_bankaccounts(${SAVINGS})` });
    const url = created.headers.get("OData-EntityId") ?? "";
    expect((await fetch(url, { method: "DELETE" })).status).toBe(204);
    expect(await savingsSessions()).toHaveLength(0);
    expect((await fetch(url, { method: "DELETE" })).status).toBe(404);
  });

  it("rejects a body that is not JSON", async () => {
    const response = await fetch(`${server.apiRoot}msdyn_ocsessions`, { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
  });
});
