/** @jest-environment node */
import { generateSampleData } from "../../workbench/server/dataverse";
import type { SampleData } from "../../workbench/server/dataverse";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { FIXED_NOW, getJson, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer } from "./emulatorServer";

const EXTRA_ACCOUNT = { sample_bankaccountid: "0b0b0b0b-0000-4000-8000-000000000001", sample_name: "Injected Account" };

/** The sample data plus one account, the way the benchmark adds its own. */
function withExtraAccount(seed: number, now: Date): SampleData {
  const data = generateSampleData(seed, now);
  const template = data.accounts[0];
  return { ...data, accounts: [...data.accounts, { ...template, ...EXTRA_ACCOUNT }] };
}

async function accountNames(server: EmulatorServer): Promise<string[]> {
  const { body } = await getJson<Collection>(`${server.apiRoot}sample_bankaccounts?$select=sample_name`);
  return body.value.map((row) => String(row.sample_name));
}

let server: EmulatorServer;
afterEach(() => server.close());

test("the emulator serves an injected data set instead of the sample data, also after a reset", async () => {
  server = await startEmulator({ now: () => FIXED_NOW, generateData: withExtraAccount });
  await expect(accountNames(server)).resolves.toContain(EXTRA_ACCOUNT.sample_name);

  await fetch(`${server.origin}/_workbench/reset`, { method: "POST" });

  await expect(accountNames(server)).resolves.toContain(EXTRA_ACCOUNT.sample_name);
});

test("without an injected data set the emulator serves exactly the sample accounts", async () => {
  server = await startEmulator({ now: () => FIXED_NOW });
  const names = await accountNames(server);
  expect(names.sort()).toEqual(Object.values(SAMPLE_ACCOUNTS).map((account) => account.name).sort());
});
