import { showDialog } from "./dialogs.js";
import { h } from "../page/dom.js";
import type { EventLog } from "../page/eventLog.js";
import type { HostState, SavedIdShape } from "../page/hostState.js";
import { showConversationDetails, showCreateSessionForm, showSessionDetails } from "./sessionForms.js";
import type { RegardingRecord } from "./sessionForms.js";

type FormParameters = Record<string, string> | undefined;
type OpenFormResponse = ComponentFramework.NavigationApi.OpenFormSuccessResponse;

/** Partylist columns of an activity, which form parameters cannot set either. */
const PARTYLIST_COLUMNS = ["from", "to", "cc", "bcc", "requiredattendees", "optionalattendees", "customers", "resources", "organizer", "partners"];

/**
 * "You can't set the values for partylist or regarding lookups" through form parameters, and "any attempt to pass an
 * invalid parameter or value will result in an error"
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/set-field-values-using-parameters-passed-form).
 */
function refusedFormParameter(parameters: FormParameters): string | undefined {
  return Object.keys(parameters ?? {}).find((name) => name.startsWith("regardingobjectid") || PARTYLIST_COLUMNS.includes(name));
}

/** The regarding a new session gets: createFromEntity fills it through the relationship's mappings. */
export function regardingOf(options: ComponentFramework.NavigationApi.EntityFormOptions): RegardingRecord | undefined {
  const id = options.createFromEntity?.id;
  const entityType = options.createFromEntity?.entityType;
  if (!id || !entityType) return undefined;
  return { id: id.replace(/[{}]/g, ""), entityType, name: options.createFromEntity?.name ?? "" };
}

/** A saved id the way quick create has been seen to give it: "{UPPER-CASE}", or a { guid } object (https://github.com/MicrosoftDocs/powerapps-docs/issues/1856). */
export function savedIdAs(shape: SavedIdShape, id: string): string | { guid: string } {
  const braced = `{${id.toUpperCase()}}`;
  return shape === "guidObject" ? { guid: braced } : braced;
}

function windowNote(options: ComponentFramework.NavigationApi.EntityFormOptions): string | undefined {
  return options.openInNewWindow ? "In a model-driven app this form opens in a new window." : undefined;
}

async function openQuickCreate(webApi: ComponentFramework.WebApi, options: ComponentFramework.NavigationApi.EntityFormOptions, state: HostState): Promise<OpenFormResponse> {
  const saved = await showCreateSessionForm(webApi, { quickCreate: true, regarding: regardingOf(options), note: windowNote(options) });
  // savedEntityReference comes only after a quick create save; a cancel answers null.
  if (!saved) return null as unknown as OpenFormResponse;
  const reference = { ...saved, id: savedIdAs(state.savedIdShape, saved.id) };
  return { savedEntityReference: [reference as unknown as ComponentFramework.LookupValue] };
}

async function openMainForm(webApi: ComponentFramework.WebApi, options: ComponentFramework.NavigationApi.EntityFormOptions, state: HostState): Promise<OpenFormResponse> {
  const closed = showCreateSessionForm(webApi, { quickCreate: false, regarding: regardingOf(options), note: windowNote(options) });
  // A multi-session app keeps the form's tab open: its promise need not settle at all.
  if (state.mainFormNeverSettles) return new Promise<OpenFormResponse>(() => undefined);
  await closed;
  // A main form's promise names no saved record, saved or not.
  return { savedEntityReference: [] };
}

async function openForm(
  webApi: ComponentFramework.WebApi,
  options: ComponentFramework.NavigationApi.EntityFormOptions,
  parameters: FormParameters,
  state: HostState,
): Promise<OpenFormResponse> {
  const refused = refusedFormParameter(parameters);
  if (refused) {
    throw { errorCode: 0x80040203, message: `Invalid form parameter '${refused}': regarding and partylist lookups can't be set through form parameters.` };
  }
  if (options.entityName === "msdyn_ocliveworkitem" && options.entityId) {
    await showConversationDetails(webApi, options.entityId, windowNote(options));
    return { savedEntityReference: [] };
  }
  if (options.entityName !== "msdyn_ocsession") {
    await showDialog({ title: `Form of ${options.entityName}`, body: [h("p", { text: "The workbench only has the Session form." })], buttons: [{ label: "Close", result: () => true }], dismissResult: true });
    return { savedEntityReference: [] };
  }
  if (options.entityId) {
    await showSessionDetails(webApi, options.entityId, windowNote(options));
    return { savedEntityReference: [] };
  }
  return options.useQuickCreateForm === true ? openQuickCreate(webApi, options, state) : openMainForm(webApi, options, state);
}

function messageDialog(title: string, text: string, buttonLabel = "OK"): Promise<boolean> {
  return showDialog<boolean>({ title, body: [h("p", { text })], buttons: [{ label: buttonLabel, primary: true, result: () => true }], dismissResult: true });
}

/** context.navigation: forms as dialogs over the emulator, every call written to the event log first. */
export function createNavigation(webApi: ComponentFramework.WebApi, log: EventLog, currentState: () => HostState): ComponentFramework.Navigation {
  return {
    openForm(options, parameters) {
      log.call("navigation.openForm", options, parameters);
      return openForm(webApi, options, parameters, currentState());
    },
    async openAlertDialog(strings, options) {
      log.call("navigation.openAlertDialog", strings, options);
      await messageDialog("Alert", strings.text, strings.confirmButtonLabel);
    },
    openConfirmDialog(strings, options) {
      log.call("navigation.openConfirmDialog", strings, options);
      return showDialog<ComponentFramework.NavigationApi.ConfirmDialogResponse>({
        title: strings.title ?? "Confirm",
        body: [strings.subtitle ? h("p", { text: strings.subtitle }) : null, h("p", { text: strings.text })],
        buttons: [
          { label: strings.confirmButtonLabel ?? "OK", primary: true, result: () => ({ confirmed: true }) },
          { label: strings.cancelButtonLabel ?? "Cancel", result: () => ({ confirmed: false }) },
        ],
        dismissResult: { confirmed: false },
      });
    },
    async openErrorDialog(options) {
      log.call("navigation.openErrorDialog", options);
      const code = options.errorCode === undefined ? "" : ` (error code ${options.errorCode})`;
      await messageDialog("Error", `${options.message ?? "An error occurred."}${code}${options.details ? `\n${options.details}` : ""}`);
    },
    openFile(file, options) {
      log.call("navigation.openFile", { fileName: file.fileName, mimeType: file.mimeType, fileSize: file.fileSize }, options);
      return Promise.resolve();
    },
    openUrl(url, options) {
      log.call("navigation.openUrl", url, options);
    },
    openWebResource(name, options, data) {
      log.call("navigation.openWebResource", name, options, data);
    },
  };
}
