/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData } from "../../workbench/server/dataverse";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer } from "./emulatorServer";

const PREMIER = SAMPLE_ACCOUNTS.premier.id;
const premierIds = generateSampleData(SAMPLE_SEED, FIXED_NOW)
  .sessions.filter((session) => session._regardingobjectid_value === PREMIER)
  .map((session) => session.activityid);
const QUERY = `$select=subject,msdyn_sessioncreatedon&$filter=_regardingobjectid_value%20eq%20${PREMIER}&$orderby=msdyn_sessioncreatedon%20desc,activityid%20desc`;

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

async function walkAllPages(firstUrl: string, pageSize: number): Promise<{ rows: Collection["value"]; links: string[] }> {
  const rows: Collection["value"] = [];
  const links: string[] = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const page: { status: number; body: Collection; response: Response } = await getJson<Collection>(url, {
      Prefer: `odata.maxpagesize=${pageSize}`,
    });
    const { status, body, response } = page;
    expect(status).toBe(200);
    expect(response.headers.get("Preference-Applied")).toBe(`odata.maxpagesize=${pageSize}`);
    expect(body.value.length).toBeLessThanOrEqual(pageSize);
    rows.push(...body.value);
    url = body["@odata.nextLink"];
    if (url) links.push(url);
  }
  return { rows, links };
}

describe("paging with odata.maxpagesize", () => {
  it("walks all 640 premier sessions exactly once, in order", async () => {
    const { rows, links } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, 50);
    const ids = rows.map((row) => row.activityid as string);
    expect(ids).toHaveLength(640);
    expect(new Set(ids)).toEqual(new Set(premierIds));
    expect(links).toHaveLength(12);
    const keys = rows.map((row) => [row.msdyn_sessioncreatedon === null ? -Infinity : Date.parse(row.msdyn_sessioncreatedon as string), row.activityid as string] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1)));
  });

  it("builds next links from the original query options plus an opaque $skiptoken", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, { Prefer: "odata.maxpagesize=10" });
    const nextLink = body["@odata.nextLink"] ?? "";
    expect(nextLink.startsWith(`${server.apiRoot}msdyn_ocsessions?${QUERY}&$skiptoken=`)).toBe(true);
    const second = await getJson<Collection>(nextLink, { Prefer: "odata.maxpagesize=10" });
    const thirdLink = second.body["@odata.nextLink"] ?? "";
    expect(thirdLink.startsWith(`${server.apiRoot}msdyn_ocsessions?${QUERY}&$skiptoken=`)).toBe(true);
    expect(thirdLink.split("$skiptoken=")).toHaveLength(2);
    expect(decodeURIComponent(thirdLink.split("$skiptoken=")[1])).toContain('pagenumber="3"');
  });

  it("walks an unencoded query the same way", async () => {
    const unencoded = decodeURIComponent(QUERY);
    const { rows } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${unencoded}`, 200);
    expect(rows).toHaveLength(640);
  });

  it("ends without a next link when the last page is full", async () => {
    const { rows, links } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, 64);
    expect(rows).toHaveLength(640);
    expect(links).toHaveLength(9);
  });

  it("returns up to 5000 rows and no next link without a page size", async () => {
    const { body, response } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject`);
    expect(body.value).toHaveLength(20 + 640 + 37);
    expect(body["@odata.nextLink"]).toBeUndefined();
    expect(response.headers.get("Preference-Applied")).toBeNull();
  });

  it("rejects a $skiptoken it did not write", async () => {
    const { status } = await getJson(`${server.apiRoot}msdyn_ocsessions?$select=subject&$skiptoken=garbage`, { Prefer: "odata.maxpagesize=5" });
    expect(status).toBe(400);
  });
});
