import { buildSessionQuery, nextPageOptions } from "../../src/data/sessionQuery";

const ID = "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41";
const SELECT =
  "$select=activityid,subject,statecode,msdyn_state,msdyn_channel,msdyn_sessioncreatedon,msdyn_sessionclosedon,createdon,_ownerid_value,msdyn_closurereason";
// createdon, not msdyn_sessioncreatedon: a session started by hand has no msdyn_sessioncreatedon and would sort last.
const ORDER = "$orderby=createdon desc,activityid desc";

describe("buildSessionQuery", () => {
  it("asks for every session regarding the record, newest first", () => {
    expect(buildSessionQuery(ID, "all")).toBe(`?${SELECT}&$filter=_regardingobjectid_value eq ${ID}&${ORDER}`);
  });

  it("asks only for open and scheduled sessions when the maker shows open ones", () => {
    expect(buildSessionQuery(ID, "open")).toBe(
      `?${SELECT}&$filter=_regardingobjectid_value eq ${ID} and (statecode eq 0 or statecode eq 3)&${ORDER}`,
    );
  });

  it("asks only for completed and canceled sessions when the maker shows closed ones", () => {
    expect(buildSessionQuery(ID, "closed")).toBe(
      `?${SELECT}&$filter=_regardingobjectid_value eq ${ID} and (statecode eq 1 or statecode eq 2)&${ORDER}`,
    );
  });

  it("puts the id in unquoted, lower case and without braces", () => {
    expect(buildSessionQuery(`{${ID.toUpperCase()}}`, "all")).toContain(`_regardingobjectid_value eq ${ID}&`);
  });

  it.each(["x' or 1 eq 1", `${ID}) or (1 eq 1`, `${ID}&$top=5000`, "", "null"])("makes no query for the id %p", (id) => {
    expect(buildSessionQuery(id, "all")).toBeNull();
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
