/** @jest-environment jsdom */
import { installPageProbe } from "../../bench/src/pageProbe";
import type { PageProbe } from "../../bench/src/pageProbe";
import { isAggregateRequest } from "../../bench/src/requestLog";

const LIST = "/api/data/v9.2/msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value%20eq%201";
/** The counts every way the request log knows them (isAggregateRequest); the probe, in the page, tells them alike. */
const COUNTS = [
  `/api/data/v9.2/msdyn_ocsessions?fetchXml=${encodeURIComponent('<fetch aggregate="true"><entity name="msdyn_ocsession"/></fetch>')}`,
  "/api/data/v9.2/msdyn_ocsessions?$apply=groupby((statecode),aggregate($count%20as%20count))",
  "/api/data/v9.2/msdyn_ocsessions/$count",
];

function probe(): PageProbe {
  return (window as unknown as { benchProbe: PageProbe }).benchProbe;
}

async function readBody(url: string): Promise<void> {
  const response = await window.fetch(url);
  await response.json();
}

beforeAll(() => {
  const body = async () => ({ value: [] });
  window.fetch = jest.fn(async () => ({ status: 200, text: body, json: body, arrayBuffer: body, blob: body }) as unknown as Response);
  installPageProbe();
});

describe("the page probe's data arrival", () => {
  it("is when the rows came: a list page's body read moves it", async () => {
    probe().lastDataAt = 0;
    await readBody(LIST);
    expect(probe().lastDataAt).toBeGreaterThan(0);
  });

  it.each(COUNTS)("is not when the counts came: a form load's aggregate, which may come back after the rows painted, leaves it (%s)", async (url) => {
    expect(isAggregateRequest({ method: "GET", url, at: "2026-11-28T21:05:00.000Z" })).toBe(true);
    probe().lastDataAt = 0;
    await readBody(url);
    expect(probe().lastDataAt).toBe(0);
    expect(probe().inFlight).toBe(0);
  });
});
