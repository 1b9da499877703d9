/** @jest-environment node */
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { CHANNEL, CLOSURE_REASON, CLOSURE_REASON_LABELS, MSDYN_STATE } from "../../workbench/server/dataverse/optionSets/optionSets";
import { SESSION_TABLE } from "../../workbench/server/dataverse/tables/schema";
import { getJson, startEmulator } from "./emulatorServer";
import type { Collection, EmulatorServer, JsonObject } from "./emulatorServer";

const { everyday } = SAMPLE_ACCOUNTS;
const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const ANNOTATIONS = 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"';
const SELECT = "$select=statecode,statuscode,msdyn_state,msdyn_channel,msdyn_closurereason";
const CONTROL_LANGUAGES = [1031, 1036, 3082, 1041, 1025];

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());

function asUser(languageId: string | undefined): Record<string, string> {
  return { Prefer: ANNOTATIONS, ...(languageId === undefined ? {} : { "X-Workbench-User-Language": languageId }) };
}

async function everydaySessions(languageId?: string, query = ""): Promise<JsonObject[]> {
  const url = `${server.apiRoot}msdyn_ocsessions?${SELECT}&$filter=_regardingobjectid_value eq ${everyday.id}${query}`;
  const { status, body } = await getJson<Collection>(url, asUser(languageId));
  expect(status).toBe(200);
  return body.value;
}

/** The formatted value of the first row whose column has the value. */
function labelOf(rows: readonly JsonObject[], column: string, value: number): unknown {
  const row = rows.find((candidate) => candidate[column] === value);
  expect(row).toBeDefined();
  return row?.[`${column}${FORMATTED}`];
}

function fetchXml(fetch: string, languageId: string): Promise<{ status: number; body: Collection }> {
  return getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?fetchXml=${encodeURIComponent(fetch)}`, asUser(languageId));
}

describe("formatted values in the user's language", () => {
  it("answers state, status, session state and channel labels in the language the user-language header names", async () => {
    const rows = await everydaySessions("1031");
    expect([0, 1, 2, 3].map((state) => labelOf(rows, "statecode", state))).toEqual(["Offen", "Abgeschlossen", "Storniert", "Geplant"]);
    expect(labelOf(rows, "statuscode", 2)).toBe("Abgeschlossen");
    expect(labelOf(rows, "msdyn_state", MSDYN_STATE.active)).toBe("Aktiv");
    expect(labelOf(rows, "msdyn_state", MSDYN_STATE.wrapUp)).toBe("Nachbereitung");
    expect(labelOf(rows, "msdyn_channel", CHANNEL.liveChat)).toBe("Livechat");
    expect(labelOf(rows, "msdyn_channel", CHANNEL.voice)).toBe("Sprache");
  });

  it("answers each language the control ships in its own words", async () => {
    const completed = await Promise.all(CONTROL_LANGUAGES.map(async (languageId) => labelOf(await everydaySessions(String(languageId)), "statecode", 1)));
    expect(completed).toEqual(["Abgeschlossen", "Terminé", "Completado", "完了", "مكتملة"]);
  });

  it("answers the base language without the header, for a language without labels, and for a header that is no LCID", async () => {
    for (const languageId of [undefined, "1033", "1040", "de-DE", ""]) {
      const rows = await everydaySessions(languageId);
      expect(labelOf(rows, "statecode", 1)).toBe("Completed");
      expect(labelOf(rows, "msdyn_channel", CHANNEL.liveChat)).toBe("Live chat");
    }
  });

  it("answers the base language's label for an option without a translation, as Dataverse does", async () => {
    const rows = await everydaySessions("1031");
    expect(labelOf(rows, "msdyn_closurereason", CLOSURE_REASON.customerDisconnect)).toBe(CLOSURE_REASON_LABELS[CLOSURE_REASON.customerDisconnect]);
    expect(labelOf(rows, "msdyn_channel", CHANNEL.whatsApp)).toBe("WhatsApp");
  });

  it("answers a single row in the user's language too", async () => {
    const completed = (await everydaySessions()).find((row) => row.statecode === 1);
    const { body } = await getJson(`${server.apiRoot}msdyn_ocsessions(${String(completed?.activityid)})?$select=statecode`, asUser("1036"));
    expect(body[`statecode${FORMATTED}`]).toBe("Terminé");
  });

  it("still orders $orderby on a choice column by value, whatever the language", async () => {
    const rows = await everydaySessions("1031", "&$orderby=statecode desc");
    const states = rows.map((row) => row.statecode as number);
    expect(states).toEqual([...states].sort((a, b) => b - a));
  });
});

describe("FetchXML in the user's language", () => {
  const countByState = `<fetch aggregate="true"><entity name="msdyn_ocsession">
    <attribute name="activityid" alias="count" aggregate="count" />
    <attribute name="statecode" alias="state" groupby="true" />
    <filter><condition attribute="regardingobjectid" operator="eq" value="${everyday.id}" /></filter>
    <order alias="state" />
  </entity></fetch>`;

  it("labels aggregate groups in the user's language and orders choice groups by those labels", async () => {
    const german = await fetchXml(countByState, "1031");
    expect(german.status).toBe(200);
    expect(german.body.value.map((row) => row[`state${FORMATTED}`])).toEqual(["Abgeschlossen", "Geplant", "Offen", "Storniert"]);
    expect(german.body.value.map((row) => row.state)).toEqual([1, 3, 0, 2]);
    // The same query for an English user: other labels, another order ("expect different ordering … if the user's language differs").
    const english = await fetchXml(countByState, "1033");
    expect(english.body.value.map((row) => row.state)).toEqual([2, 1, 0, 3]);
  });

  it("labels and orders fetched rows by the user's labels, and by value with useraworderby", async () => {
    const fetch = (raw: boolean): string => `<fetch${raw ? ' useraworderby="true"' : ""}><entity name="msdyn_ocsession">
      <attribute name="msdyn_channel" />
      <filter><condition attribute="regardingobjectid" operator="eq" value="${everyday.id}" /></filter>
      <order attribute="msdyn_channel" />
    </entity></fetch>`;
    const byLabel = (await fetchXml(fetch(false), "1036")).body.value.map((row) => String(row[`msdyn_channel${FORMATTED}`]));
    expect(byLabel).toContain("Conversation instantanée");
    expect(byLabel).toEqual([...byLabel].sort(new Intl.Collator("en", { sensitivity: "base" }).compare));
    const byValue = (await fetchXml(fetch(true), "1036")).body.value.map((row) => row.msdyn_channel as number);
    expect(byValue).toEqual([...byValue].sort((a, b) => a - b));
  });
});

describe("the emulator's label tables", () => {
  const translated = SESSION_TABLE.columns.filter((column) => column.translations);

  it("translate only values their option set has", () => {
    for (const column of translated) {
      for (const labels of Object.values(column.translations ?? {})) {
        expect(Object.keys(labels).filter((value) => !(value in (column.options ?? {})))).toEqual([]);
      }
    }
  });

  it("give every state and status a label in each language the control ships", () => {
    for (const column of translated.filter(({ name }) => name === "statecode" || name === "statuscode")) {
      for (const languageId of CONTROL_LANGUAGES) {
        expect(Object.keys(column.translations?.[languageId] ?? {})).toEqual(Object.keys(column.options ?? {}));
      }
    }
  });
});
