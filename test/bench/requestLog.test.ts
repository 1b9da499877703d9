/** @jest-environment node */
import { isAggregateRequest, listRequests, sessionRequests } from "../../bench/src/requestLog";
import type { LoggedRequest } from "../../workbench/driver/emulator";

const at = "2026-11-28T21:05:00.000Z";
const get = (url: string): LoggedRequest => ({ method: "GET", url, at });
const page = get("/api/data/v9.2/msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value%20eq%201");
const fetchXmlCount = get(`/api/data/v9.2/msdyn_ocsessions?fetchXml=${encodeURIComponent('<fetch aggregate="true"><entity name="msdyn_ocsession"/></fetch>')}`);
const applyCount = get("/api/data/v9.2/msdyn_ocsessions?$apply=groupby((statecode),aggregate($count%20as%20count))");
const dollarCount = get("/api/data/v9.2/msdyn_ocsessions/$count");
const create: LoggedRequest = { method: "POST", url: "/api/data/v9.2/msdyn_ocsessions", at };
const accounts = get("/api/data/v9.2/sample_bankaccounts?$select=sample_name");
const oneSession = get("/api/data/v9.2/msdyn_ocsessions(6b1c0000-0000-4000-8000-000000000001)");

describe("the request log as the bench counts it", () => {
  it("session requests are those to the msdyn_ocsessions entity set, of any kind, and nothing else", () => {
    expect(sessionRequests([page, fetchXmlCount, create, accounts, oneSession])).toEqual([page, fetchXmlCount, create, oneSession]);
  });

  it("a FetchXML aggregate, an OData $apply and /$count are counts, not pages", () => {
    expect([fetchXmlCount, applyCount, dollarCount].map(isAggregateRequest)).toEqual([true, true, true]);
    expect(isAggregateRequest(page)).toBe(false);
  });

  it("list requests are the pages of rows: no counts, no creates, no single-record reads", () => {
    expect(listRequests([page, fetchXmlCount, applyCount, dollarCount, create, accounts, oneSession, page])).toEqual([page, page]);
  });

  it("a URL that is not valid percent-encoding is still classified", () => {
    expect(isAggregateRequest(get("/api/data/v9.2/msdyn_ocsessions?$filter=subject%20eq%20'100%'"))).toBe(false);
  });
});
