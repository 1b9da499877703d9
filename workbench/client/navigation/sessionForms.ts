import { definitionList, labelledField, showDialog } from "./dialogs.js";
import { h } from "../page/dom.js";
import { entitySetName } from "../context/metadata.js";
import type { WebApiError } from "../context/webApi.js";

const FORMATTED = "@OData.Community.Display.V1.FormattedValue";

/** A few channels of the global msdyn_streamsource choice, enough to start a session by hand. */
const CHANNELS: ReadonlyArray<readonly [number, string]> = [
  [192360000, "Live chat"],
  [192370000, "Voice"],
  [192340000, "SMS"],
  [19241000, "Microsoft Teams"],
  [192300000, "WhatsApp"],
  [192350000, "Entity Records"],
];

export interface RegardingRecord {
  entityType: string;
  id: string;
  name: string;
}

type Entity = ComponentFramework.WebApi.Entity;

function shown(entity: Entity, column: string): string {
  const formatted = entity[column + FORMATTED] as unknown;
  const raw = entity[column] as unknown;
  if (typeof formatted === "string") return formatted;
  return raw === null || raw === undefined || raw === "" ? "—" : String(raw);
}

/** The session's main form, read-only: what opening an existing session shows. */
export async function showSessionDetails(webApi: ComponentFramework.WebApi, sessionId: string, note?: string): Promise<void> {
  let body: HTMLElement;
  let title = "Session";
  try {
    const session = await webApi.retrieveRecord("msdyn_ocsession", sessionId);
    title = `Session: ${(session.subject as string | null) || "(No subject)"}`;
    body = definitionList([
      ["Subject", shown(session, "subject")],
      ["Status", shown(session, "statuscode")],
      ["Channel", shown(session, "msdyn_channel")],
      ["Started", shown(session, "msdyn_sessioncreatedon")],
      ["Closed", shown(session, "msdyn_sessionclosedon")],
      ["Owner", shown(session, "_ownerid_value")],
      ["Regarding", shown(session, "_regardingobjectid_value")],
      ["Session id", sessionId],
    ]);
  } catch (error) {
    body = h("p", { attrs: { role: "alert" }, text: `The session could not be opened: ${(error as WebApiError).message}` });
  }
  await showDialog({
    title,
    className: "record-form",
    body: [note ? h("p", { className: "dialog-note", text: note }) : null, body],
    buttons: [{ label: "Close", primary: true, result: () => true }],
    dismissResult: true,
  });
}

/**
 * The conversation's form, read-only: the workbench has no conversation table, so it shows the conversation's id and
 * the sessions that belong to it (one per assignment to an agent), as the emulator lists them.
 */
export async function showConversationDetails(webApi: ComponentFramework.WebApi, conversationId: string, note?: string): Promise<void> {
  let body: HTMLElement;
  try {
    const { entities } = await webApi.retrieveMultipleRecords(
      "msdyn_ocsession",
      `?$select=subject,statecode,_ownerid_value&$filter=_msdyn_liveworkitemid_value eq ${conversationId}&$orderby=createdon asc`,
    );
    body = definitionList([
      ["Conversation id", conversationId],
      ...entities.map((session, index) => [`Session ${index + 1}`, `${shown(session, "subject")} · ${shown(session, "statecode")} · ${shown(session, "_ownerid_value")}`] as const),
    ]);
  } catch (error) {
    body = h("p", { attrs: { role: "alert" }, text: `The conversation could not be opened: ${(error as WebApiError).message}` });
  }
  await showDialog({
    title: "Conversation",
    className: "record-form",
    body: [note ? h("p", { className: "dialog-note", text: note }) : null, body],
    buttons: [{ label: "Close", primary: true, result: () => true }],
    dismissResult: true,
  });
}

export interface CreateFormSpec {
  quickCreate: boolean;
  regarding: RegardingRecord | undefined;
  note?: string;
}

function channelSelect(): HTMLSelectElement {
  const select = h("select");
  for (const [value, label] of CHANNELS) select.append(h("option", { text: label, attrs: { value } }));
  return select;
}

/**
 * The new-session form (main form or quick create). Saving POSTs with the regarding bound the way the
 * platform's form does; resolves the saved record, or undefined on Cancel.
 */
export function showCreateSessionForm(webApi: ComponentFramework.WebApi, spec: CreateFormSpec): Promise<ComponentFramework.LookupValue | undefined> {
  const subject = h("input", { attrs: { type: "text", maxlength: 200, autocomplete: "off" } });
  const channel = channelSelect();
  const regarding = h("input", { attrs: { type: "text", readonly: true, value: spec.regarding?.name ?? "" } });
  const errorText = h("p", { className: "form-error", attrs: { role: "alert" } });
  const save = async (): Promise<ComponentFramework.LookupValue | undefined> => {
    const record: ComponentFramework.WebApi.Entity = { subject: subject.value, msdyn_channel: Number(channel.value) };
    if (spec.regarding) {
      const { entityType, id } = spec.regarding;
      record[`regardingobjectid_${entityType}_msdyn_ocsession@odata.bind`] = `/${entitySetName(entityType)}(${id})`;
    }
    try {
      const saved = await webApi.createRecord("msdyn_ocsession", record);
      return { ...saved, name: subject.value };
    } catch (error) {
      errorText.textContent = `The session could not be saved: ${(error as WebApiError).message}`;
      return undefined;
    }
  };
  return showDialog<ComponentFramework.LookupValue | null>({
    title: spec.quickCreate ? "Quick Create: Session" : "New Session",
    className: spec.quickCreate ? "quick-create" : "record-form",
    body: [
      spec.note ? h("p", { className: "dialog-note", text: spec.note }) : null,
      labelledField("Subject", subject),
      labelledField("Channel", channel),
      labelledField("Regarding", regarding),
      errorText,
    ],
    buttons: [
      { label: "Save and close", primary: true, result: save },
      { label: "Cancel", result: () => null },
    ],
    dismissResult: null,
  }).then((saved) => saved ?? undefined);
}
