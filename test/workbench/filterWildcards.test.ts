/** @jest-environment node */
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { compileLike } from "../../workbench/server/dataverse/query/likePattern";
import { getJson, sendJsonRequest, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer } from "./emulatorServer";

const SAVINGS = SAMPLE_ACCOUNTS.savings.id;
const SUBJECTS = ["Refund 50% of the fee", "Refund 500 euros", "Card_4411 blocked", "Card 4411 blocked", "[Urgent] chargeback", "Urgent chargeback", "Customer's card", "Café visit"];

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
  for (const subject of SUBJECTS) {
    await sendJsonRequest(`${server.apiRoot}msdyn_ocsessions`, "POST", {
      subject,
      "regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind": `/sample_bankaccounts(${SAVINGS})`,
    });
  }
});
afterAll(() => server.close());

/** The subjects of the savings account's sessions that match a filter clause written as the control would send it. */
async function subjectsWhere(clause: string): Promise<string[]> {
  const filter = encodeURIComponent(`_regardingobjectid_value eq ${SAVINGS} and ${clause}`);
  const { status, body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=${filter}`);
  expect(status).toBe(200);
  return body.value.map((row) => String(row.subject)).sort();
}

describe("wildcards in startswith, endswith and contains", () => {
  it("treats % as any run of characters", async () => {
    expect(await subjectsWhere("startswith(subject,'Refund 50%')")).toEqual(["Refund 50% of the fee", "Refund 500 euros"]);
    expect(await subjectsWhere("contains(subject,'50%fee')")).toEqual(["Refund 50% of the fee"]);
  });

  it("treats _ as any one character", async () => {
    expect(await subjectsWhere("startswith(subject,'Card_4411')")).toEqual(["Card 4411 blocked", "Card_4411 blocked"]);
  });

  it("treats [...] as one character of a set, so a bracketed word matches differently", async () => {
    // One of u, r, g, e, n, t (any case), then anything: not the subject that starts with "[Urgent]".
    expect(await subjectsWhere("startswith(subject,'[Urgent]')")).toEqual(["Refund 50% of the fee", "Refund 500 euros", "Urgent chargeback"]);
    expect(await subjectsWhere("endswith(subject,'blocke[a-e]')")).toEqual(["Card 4411 blocked", "Card_4411 blocked"]);
  });

  it("matches a wildcard literally when it is enclosed in brackets", async () => {
    expect(await subjectsWhere("startswith(subject,'Refund 50[%]')")).toEqual(["Refund 50% of the fee"]);
    expect(await subjectsWhere("startswith(subject,'Card[_]4411')")).toEqual(["Card_4411 blocked"]);
    expect(await subjectsWhere("startswith(subject,'[[]Urgent]')")).toEqual(["[Urgent] chargeback"]);
  });

  it("reads '' inside a string literal as one quote", async () => {
    expect(await subjectsWhere("startswith(subject,'Customer''s')")).toEqual(["Customer's card"]);
    expect(await subjectsWhere("subject eq 'Customer''s card'")).toEqual(["Customer's card"]);
  });

  it("ignores case and accents", async () => {
    expect(await subjectsWhere("startswith(subject,'cafe')")).toEqual(["Café visit"]);
  });
});

describe("compileLike", () => {
  it.each([
    ["a%", "abc", true],
    ["a%", "bac", false],
    ["%b%", "abc", true],
    ["a_c", "abc", true],
    ["a_c", "ac", false],
    ["[a-c]x", "bx", true],
    ["[a-c]x", "dx", false],
    ["[^a-c]x", "dx", true],
    ["[^a-c]x", "ax", false],
    ["50[%]", "50%", true],
    ["50[%]", "500", false],
    ["[[]x]", "[x]", true],
    ["a[b", "a[b", true],
    ["a.b", "axb", false],
    ["(x)", "(X)", true],
  ])("%s matches %s: %s", (pattern, value, expected) => {
    expect(compileLike(pattern)(value)).toBe(expected);
  });
});
