/** @jest-environment node */
import { attributeNode } from "../../workbench/client/context/metadata";
import { optionSetEntries } from "../../workbench/server/dataverse/optionSets/optionSetEndpoint";
import type { OptionSetEntry } from "../../workbench/server/dataverse/optionSets/optionSetEndpoint";
import { CHANNEL, CHANNEL_VALUES } from "../../workbench/server/dataverse/optionSets/optionSets";
import type { ColumnDefinition } from "../../workbench/server/dataverse/tables/schema";
import { getJson, startEmulator } from "./emulatorServer";
import type { DataverseErrorBody, EmulatorServer } from "./emulatorServer";

type OptionSets = Record<string, OptionSetEntry[]>;

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

function optionSets(query: string, languageId?: number) {
  const headers: Record<string, string> = languageId === undefined ? {} : { "X-Workbench-User-Language": String(languageId) };
  return getJson<OptionSets>(`${server.origin}/_workbench/option-sets?${query}`, headers);
}

describe("/_workbench/option-sets", () => {
  it("answers every option of the columns asked for, in the user's language", async () => {
    const { status, body } = await optionSets("table=msdyn_ocsession&columns=msdyn_channel", 1031);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["msdyn_channel"]);
    expect(body.msdyn_channel.map(({ value }) => value)).toEqual(CHANNEL_VALUES);
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.liveChat, label: "Livechat", color: null, isHidden: false });
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.voice, label: "Sprache", color: null, isHidden: false });
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.whatsApp, label: "WhatsApp", color: null, isHidden: false });
  });

  it("answers the base language without a language, and leaves out columns that are not choices", async () => {
    const { body } = await optionSets("table=msdyn_ocsession&columns=msdyn_channel,subject,nosuchcolumn");
    expect(Object.keys(body)).toEqual(["msdyn_channel"]);
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.liveChat, label: "Live chat", color: null, isHidden: false });
  });

  it("answers nothing when no column is asked for", async () => {
    expect((await optionSets("table=msdyn_ocsession")).body).toEqual({});
  });

  it("refuses an unknown table as Dataverse does", async () => {
    const { status, body } = await getJson<DataverseErrorBody>(`${server.origin}/_workbench/option-sets?table=nosuchtable&columns=x`);
    expect(status).toBe(404);
    expect(body.error.code).toBe("0x80040217");
  });

  it("is not logged as a Web API request", async () => {
    await optionSets("table=msdyn_ocsession&columns=msdyn_channel");
    const { body } = await getJson<unknown[]>(`${server.origin}/_workbench/requests`);
    expect(body).toEqual([]);
  });
});

// OptionMetadata carries Color (the hex colour a maker assigned) and IsHidden besides Value and Label:
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/optionmetadata
describe("an option's colour and hidden flag, as Dataverse's metadata carries them", () => {
  const tier: ColumnDefinition = {
    name: "sample_tier",
    type: "choice",
    options: { 1: "Standard", 2: "Gold", 3: "Retired" },
    translations: { 1031: { 2: "Gold (DE)" } },
    optionDisplay: { 2: { color: "#d4af37" }, 3: { hidden: true } },
  };

  it("every option of every choice column the emulator serves has a colour (or null) and a hidden flag", async () => {
    const { body } = await optionSets("table=msdyn_ocsession&columns=statecode,statuscode,msdyn_state,msdyn_channel,msdyn_closurereason");

    const options = Object.values(body).flat();
    expect(options.length).toBeGreaterThan(CHANNEL_VALUES.length);
    for (const option of options) {
      expect(option).toEqual({ value: expect.any(Number), label: expect.any(String), color: null, isHidden: false });
    }
  });

  it("the emulator answers a column's colours and hidden options in the option set's order, labels in the user's language", () => {
    expect(optionSetEntries(tier, 1031)).toEqual([
      { value: 1, label: "Standard", color: null, isHidden: false },
      { value: 2, label: "Gold (DE)", color: "#d4af37", isHidden: false },
      { value: 3, label: "Retired", color: null, isHidden: true },
    ]);
  });

  it("the host page's getEntityMetadata gives them as attributeDescriptor.OptionSet's Color and IsHidden", () => {
    const node = attributeNode("sample_tier", optionSetEntries(tier, 1033)) as {
      attributeDescriptor: { OptionSet: unknown[] };
      OptionSet: Record<number, unknown>;
    };

    expect(node.attributeDescriptor.OptionSet).toEqual([
      { Value: 1, Label: "Standard", Color: null, IsHidden: false },
      { Value: 2, Label: "Gold", Color: "#d4af37", IsHidden: false },
      { Value: 3, Label: "Retired", Color: null, IsHidden: true },
    ]);
    expect(node.OptionSet[3]).toEqual({ text: "Retired", value: 3 });
  });
});
