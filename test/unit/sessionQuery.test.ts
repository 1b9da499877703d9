import { allowedStates, buildSessionQuery, nextPageOptions, normalizeSearch, startsWithLiteral, statusCovers } from "../../src/data/sessionQuery";
import type { SessionFilters, SessionListRequest } from "../../src/model";

const ID = "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41";
const SELECT =
  "$select=activityid,subject,statecode,msdyn_state,msdyn_channel,msdyn_sessioncreatedon,msdyn_sessionclosedon,createdon,_ownerid_value,msdyn_closurereason,_msdyn_liveworkitemid_value";
// createdon, not msdyn_sessioncreatedon: a session started by hand has no msdyn_sessioncreatedon and would sort last.
const ORDER = "$orderby=createdon desc,activityid desc";

function request(overrides: Partial<SessionListRequest> = {}, filters: Partial<SessionFilters> = {}): SessionListRequest {
  return { regardingId: ID, scope: "all", pageSize: 25, ...overrides, filters: { status: "all", channels: [], search: "", ...filters } };
}

function filterOf(options: string | null): string {
  return /&\$filter=(.*)&\$orderby=/.exec(options ?? "")?.[1] ?? "";
}

describe("buildSessionQuery", () => {
  it("asks for every session regarding the record, newest first", () => {
    expect(buildSessionQuery(request())).toBe(`?${SELECT}&$filter=_regardingobjectid_value eq ${ID}&${ORDER}`);
  });

  it.each([
    ["open", "all", " and (statecode eq 0 or statecode eq 3)"],
    ["closed", "all", " and (statecode eq 1 or statecode eq 2)"],
    ["all", "active", " and statecode eq 0"],
    ["all", "closed", " and (statecode eq 1 or statecode eq 2)"],
    ["open", "active", " and statecode eq 0"],
    ["closed", "closed", " and (statecode eq 1 or statecode eq 2)"],
  ] as const)("asks for the states both the maker's scope %p and the status %p allow", (scope, status, condition) => {
    expect(filterOf(buildSessionQuery(request({ scope }, { status })))).toBe(`_regardingobjectid_value eq ${ID}${condition}`);
  });

  it.each([
    ["open", "closed"],
    ["closed", "active"],
  ] as const)("makes no query when the scope %p and the status %p exclude each other", (scope, status) => {
    expect(allowedStates(scope, status)).toEqual([]);
    expect(buildSessionQuery(request({ scope }, { status }))).toBeNull();
  });

  it("asks for the chosen channels, each once, in order", () => {
    expect(filterOf(buildSessionQuery(request({}, { channels: [192370000, 192360000, 192370000] })))).toBe(
      `_regardingobjectid_value eq ${ID} and (msdyn_channel eq 192360000 or msdyn_channel eq 192370000)`,
    );
    expect(filterOf(buildSessionQuery(request({}, { channels: [192370000] })))).toBe(`_regardingobjectid_value eq ${ID} and msdyn_channel eq 192370000`);
  });

  it("leaves out channel values that are not whole non-negative numbers", () => {
    expect(filterOf(buildSessionQuery(request({}, { channels: [1.5, -1, Number.NaN, 192370000] })))).toBe(`_regardingobjectid_value eq ${ID} and msdyn_channel eq 192370000`);
  });

  it("searches the start of the subject, never anywhere in it", () => {
    const options = buildSessionQuery(request({}, { search: "Card dispute" }));
    expect(filterOf(options)).toBe(`_regardingobjectid_value eq ${ID} and startswith(subject,'Card%20dispute')`);
    expect(options).not.toContain("contains(");
  });

  it("combines status, channels and search", () => {
    expect(filterOf(buildSessionQuery(request({}, { status: "active", channels: [192370000], search: "card" })))).toBe(
      `_regardingobjectid_value eq ${ID} and statecode eq 0 and msdyn_channel eq 192370000 and startswith(subject,'card')`,
    );
  });

  it("puts the id in unquoted, lower case and without braces", () => {
    expect(buildSessionQuery(request({ regardingId: `{${ID.toUpperCase()}}` }))).toContain(`_regardingobjectid_value eq ${ID}&`);
  });

  it.each(["x' or 1 eq 1", `${ID}) or (1 eq 1`, `${ID}&$top=5000`, "", "null"])("makes no query for the id %p", (regardingId) => {
    expect(buildSessionQuery(request({ regardingId }))).toBeNull();
  });
});

describe("statusCovers", () => {
  it("counts under a chip exactly the states its query finds; All has no condition, so a row without a state too", () => {
    expect([0, 1, 2, 3, null].filter((state) => statusCovers("active", state))).toEqual([0]);
    expect([0, 1, 2, 3, null].filter((state) => statusCovers("closed", state))).toEqual([1, 2]);
    expect([0, 1, 2, 3, null].filter((state) => statusCovers("all", state))).toEqual([0, 1, 2, 3, null]);
  });
});

describe("the search text", () => {
  it.each([
    ["O'Brien", "O''Brien"],
    ["100%", "100%5B%25%5D"],
    ["a_b", "a%5B_%5Db"],
    ["[x]", "%5B%5B%5Dx%5D"],
    ["a&$top=1", "a%26%24top%3D1"],
    ["Grüße #1", "Gr%C3%BC%C3%9Fe%20%231"],
  ])("writes %p as a quoted, wildcard-free, URL-safe literal %p", (search, literal) => {
    expect(startsWithLiteral(search)).toBe(literal);
  });

  it("trims, drops control characters and stops at a subject's length", () => {
    expect(normalizeSearch("  card\u0000\n dispute\t ")).toBe("card dispute");
    expect(normalizeSearch("x".repeat(300))).toHaveLength(200);
  });

  it("makes no search of blanks", () => {
    expect(buildSessionQuery(request({}, { search: " \t " }))).not.toContain("startswith");
  });
});

describe("nextPageOptions", () => {
  it("passes the query part of a nextLink through unchanged and still encoded", () => {
    const link =
      "https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value%20eq%20" +
      `${ID}&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E`;
    expect(nextPageOptions(link)).toBe(
      `?$select=subject&$filter=_regardingobjectid_value%20eq%20${ID}&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E`,
    );
  });

  it("has nothing to follow in a link without a query", () => {
    expect(nextPageOptions("https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions")).toBeNull();
  });
});
