/** @jest-environment node */
import { startEmulator } from "./emulatorServer";
import type { DataverseErrorBody, EmulatorServer } from "./emulatorServer";

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

const requestError = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.apiRoot}${path}`, init);
  return { status: response.status, body: (await response.json()) as DataverseErrorBody, response };
};

describe("Dataverse-shaped errors", () => {
  it("answers an unknown column in $select, $filter or $orderby with 400 naming the column", async () => {
    const message = "Could not find a property named 'colour' on type 'Microsoft.Dynamics.CRM.msdyn_ocsession'.";
    for (const query of ["$select=subject,colour", "$filter=colour eq 'red'", "$orderby=colour desc"]) {
      const { status, body } = await requestError(`msdyn_ocsessions?${query}`);
      expect(status).toBe(400);
      expect(body.error).toEqual({ code: "0x80060888", message });
    }
  });

  it("answers a syntax error in $filter with 400", async () => {
    for (const filter of ["statecode eq", "statecode eq 1)", "subject eq 'unterminated", "(statecode eq 1"]) {
      const { status, body } = await requestError(`msdyn_ocsessions?$filter=${encodeURIComponent(filter)}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("0x80060888");
    }
  });

  it("answers a syntax error in $select or $orderby with 400", async () => {
    expect((await requestError("msdyn_ocsessions?$select=subject,")).status).toBe(400);
    expect((await requestError("msdyn_ocsessions?$orderby=createdon sideways")).status).toBe(400);
  });

  it("answers mismatched types in a comparison with 400", async () => {
    const { status, body } = await requestError(`msdyn_ocsessions?$filter=${encodeURIComponent("statecode eq 'Open'")}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain("incompatible types");
  });

  it("answers unsupported query options like $skip with 400", async () => {
    expect((await requestError("msdyn_ocsessions?$skip=10")).status).toBe(400);
  });

  it("answers an unknown entity set with 404", async () => {
    const { status, body } = await requestError("msdyn_sessions?$select=subject");
    expect(status).toBe(404);
    expect(body.error.message).toBe("Resource not found for the segment 'msdyn_sessions'.");
  });

  it("answers a missing row with 404", async () => {
    const id = "00000000-1111-4222-8333-444444444444";
    const { status, body } = await requestError(`msdyn_ocsessions(${id})`);
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: "0x80040217", message: `msdyn_ocsession With Id = ${id} Does Not Exist` });
  });

  it("answers a key that is not a GUID with 400", async () => {
    expect((await requestError("msdyn_ocsessions(42)")).status).toBe(400);
  });

  it("answers an unsupported method with 405", async () => {
    const { status } = await requestError("msdyn_ocsessions", { method: "PUT", body: "{}" });
    expect(status).toBe(405);
    expect((await requestError("systemusers", { method: "POST", body: "{}" })).status).toBe(405);
  });

  it("sends OData headers with every answer", async () => {
    for (const path of ["msdyn_ocsessions?$top=1", "nowhere"]) {
      const { response } = await requestError(path);
      expect(response.headers.get("OData-Version")).toBe("4.0");
      expect(response.headers.get("Content-Type")).toBe("application/json; odata.metadata=minimal");
    }
  });

  it("leaves other URLs to the caller", async () => {
    for (const path of ["/index.html", "/api/data/v9.1/msdyn_ocsessions", "/api/data/v9.2x"]) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(418);
    }
  });
});
