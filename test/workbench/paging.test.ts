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
  it("walks all premier sessions exactly once, in order", async () => {
    const { rows, links } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, 50);
    const ids = rows.map((row) => row.activityid as string);
    expect(ids).toHaveLength(SAMPLE_ACCOUNTS.premier.sessionCount);
    expect(new Set(ids)).toEqual(new Set(premierIds));
    expect(links).toHaveLength(Math.ceil(SAMPLE_ACCOUNTS.premier.sessionCount / 50) - 1);
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
    expect(rows).toHaveLength(SAMPLE_ACCOUNTS.premier.sessionCount);
  });

  it("ends without a next link when the last page is full", async () => {
    const { rows, links } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, 60);
    expect(SAMPLE_ACCOUNTS.premier.sessionCount % 60).toBe(0);
    expect(rows).toHaveLength(SAMPLE_ACCOUNTS.premier.sessionCount);
    expect(links).toHaveLength(SAMPLE_ACCOUNTS.premier.sessionCount / 60 - 1);
  });

  it("returns up to 5000 rows and no next link without a page size", async () => {
    const { body, response } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject`);
    expect(body.value).toHaveLength(Object.values(SAMPLE_ACCOUNTS).reduce((total, account) => total + account.sessionCount, 0));
    expect(body["@odata.nextLink"]).toBeUndefined();
    expect(response.headers.get("Preference-Applied")).toBeNull();
  });

  it("rejects a $skiptoken it did not write", async () => {
    const { status } = await getJson(`${server.apiRoot}msdyn_ocsessions?$select=subject&$skiptoken=garbage`, { Prefer: "odata.maxpagesize=5" });
    expect(status).toBe(400);
  });
});

describe("the paging cookie", () => {
  afterEach(() => server.api.reset());
  const ORDERED = `$select=subject,createdon&$filter=_regardingobjectid_value%20eq%20${PREMIER}&$orderby=createdon%20desc,activityid%20desc`;

  const innerCookie = (nextLink: string): string => {
    const token = decodeURIComponent(nextLink.split("$skiptoken=")[1]);
    const pagingCookie = /pagingcookie="([^"]*)"/.exec(token)?.[1] ?? "";
    return decodeURIComponent(pagingCookie);
  };

  it("carries the last and first values of every ordered column and of the primary key", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${ORDERED}`, { Prefer: "odata.maxpagesize=5" });
    const [first, last] = [body.value[0], body.value[4]];
    const braced = (id: unknown) => `{${String(id).toUpperCase()}}`;
    expect(innerCookie(body["@odata.nextLink"] ?? "")).toBe(
      `<cookie page="1"><createdon last="${String(last.createdon)}" first="${String(first.createdon)}" />` +
        `<activityid last="${braced(last.activityid)}" first="${braced(first.activityid)}" /></cookie>`,
    );
  });

  it("encodes the inner cookie with lower-case escapes, like Dataverse", async () => {
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${ORDERED}`, { Prefer: "odata.maxpagesize=5" });
    const token = decodeURIComponent((body["@odata.nextLink"] ?? "").split("$skiptoken=")[1]);
    expect(token).toMatch(/^<cookie pagenumber="2" pagingcookie="%3ccookie%20page%3d%221%22%3e%3ccreatedon%20last%3d/);
    expect(token.endsWith('" istracking="False" />')).toBe(true);
  });

  it("starts the next page after the previous page's last values, even when that row was deleted", async () => {
    const prefer = { Prefer: "odata.maxpagesize=10" };
    const all = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${ORDERED}`, 10);
    const firstPage = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${ORDERED}`, prefer);
    const lastOfPage = firstPage.body.value[9].activityid as string;
    expect((await fetch(`${server.apiRoot}msdyn_ocsessions(${lastOfPage})`, { method: "DELETE" })).status).toBe(204);

    const second = await getJson<Collection>(firstPage.body["@odata.nextLink"] ?? "", prefer);
    expect(second.status).toBe(200);
    expect(second.body.value.map((row) => row.activityid)).toEqual(all.rows.slice(10, 20).map((row) => row.activityid));
  });

  it("rejects a cookie that lacks one of the ordered columns", async () => {
    const first = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${QUERY}`, { Prefer: "odata.maxpagesize=5" });
    const token = (first.body["@odata.nextLink"] ?? "").split("$skiptoken=")[1];
    const { status } = await getJson(`${server.apiRoot}msdyn_ocsessions?${ORDERED}&$skiptoken=${token}`, { Prefer: "odata.maxpagesize=5" });
    expect(status).toBe(400);
  });
});

describe("$top with a page size", () => {
  it("ignores $top when odata.maxpagesize is given", async () => {
    const { body, response } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?${QUERY}&$top=3`, { Prefer: "odata.maxpagesize=7" });
    expect(body.value).toHaveLength(7);
    expect(body["@odata.nextLink"]).toContain("$top=3");
    expect(response.headers.get("Preference-Applied")).toBe("odata.maxpagesize=7");
  });

  it("walks every row through next links that keep $top", async () => {
    const { rows } = await walkAllPages(`${server.apiRoot}msdyn_ocsessions?${QUERY}&$top=3`, 100);
    expect(rows).toHaveLength(premierIds.length);
  });
});
