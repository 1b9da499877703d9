import { showDialog } from "./dialogs.js";
import { h } from "./dom.js";
import type { EventLog } from "./eventLog.js";
import { showCreateSessionForm, showSessionDetails } from "./sessionForms.js";
import type { RegardingRecord } from "./sessionForms.js";

type FormParameters = Record<string, string> | undefined;

/** The regarding a new session gets: the form parameters win, createFromEntity fills in. */
export function regardingOf(options: ComponentFramework.NavigationApi.EntityFormOptions, parameters: FormParameters): RegardingRecord | undefined {
  const id = parameters?.regardingobjectid ?? options.createFromEntity?.id;
  const entityType = parameters?.regardingobjectidtype ?? options.createFromEntity?.entityType;
  if (!id || !entityType) return undefined;
  return { id: id.replace(/[{}]/g, ""), entityType, name: parameters?.regardingobjectidname ?? options.createFromEntity?.name ?? "" };
}

function windowNote(options: ComponentFramework.NavigationApi.EntityFormOptions): string | undefined {
  return options.openInNewWindow ? "In a model-driven app this form opens in a new window." : undefined;
}

async function openForm(
  webApi: ComponentFramework.WebApi,
  options: ComponentFramework.NavigationApi.EntityFormOptions,
  parameters: FormParameters,
): Promise<ComponentFramework.NavigationApi.OpenFormSuccessResponse> {
  if (options.entityName !== "msdyn_ocsession") {
    await showDialog({ title: `Form of ${options.entityName}`, body: [h("p", { text: "The workbench only has the Session form." })], buttons: [{ label: "Close", result: () => true }], dismissResult: true });
    return { savedEntityReference: [] };
  }
  if (options.entityId) {
    await showSessionDetails(webApi, options.entityId, windowNote(options));
    return { savedEntityReference: [] };
  }
  const saved = await showCreateSessionForm(webApi, { quickCreate: options.useQuickCreateForm === true, regarding: regardingOf(options, parameters), note: windowNote(options) });
  return { savedEntityReference: saved ? [saved] : [] };
}

function messageDialog(title: string, text: string, buttonLabel = "OK"): Promise<boolean> {
  return showDialog<boolean>({ title, body: [h("p", { text })], buttons: [{ label: buttonLabel, primary: true, result: () => true }], dismissResult: true });
}

/** context.navigation: forms as dialogs over the emulator, every call written to the event log first. */
export function createNavigation(webApi: ComponentFramework.WebApi, log: EventLog): ComponentFramework.Navigation {
  return {
    openForm(options, parameters) {
      log.call("navigation.openForm", options, parameters);
      return openForm(webApi, options, parameters);
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
