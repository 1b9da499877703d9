/** @jest-environment jsdom */
import { installPageProbe } from "../../bench/src/pageProbe";
import type { PageProbe } from "../../bench/src/pageProbe";

const LIST = "/api/data/v9.2/msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value%20eq%201";
const COUNTS = `/api/data/v9.2/msdyn_ocsessions?fetchXml=${encodeURIComponent('<fetch aggregate="true"><entity name="msdyn_ocsession"/></fetch>')}`;

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

  it("is not when the counts came: a form load's aggregate, which may come back after the rows painted, leaves it", async () => {
    probe().lastDataAt = 0;
    await readBody(COUNTS);
    expect(probe().lastDataAt).toBe(0);
    expect(probe().inFlight).toBe(0);
  });
});
