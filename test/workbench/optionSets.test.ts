/** @jest-environment node */
import { CHANNEL, CHANNEL_VALUES } from "../../workbench/server/dataverse/optionSets/optionSets";
import { getJson, startEmulator } from "./emulatorServer";
import type { DataverseErrorBody, EmulatorServer } from "./emulatorServer";

type OptionSets = Record<string, { value: number; label: string }[]>;

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
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.liveChat, label: "Livechat" });
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.voice, label: "Sprache" });
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.whatsApp, label: "WhatsApp" });
  });

  it("answers the base language without a language, and leaves out columns that are not choices", async () => {
    const { body } = await optionSets("table=msdyn_ocsession&columns=msdyn_channel,subject,nosuchcolumn");
    expect(Object.keys(body)).toEqual(["msdyn_channel"]);
    expect(body.msdyn_channel).toContainEqual({ value: CHANNEL.liveChat, label: "Live chat" });
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
