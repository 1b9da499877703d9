import { byId, changeAttribute, h } from "./dom.js";
import { FORM_WIDTH_PX, UNSAVED_RECORD } from "./hostState.js";
import type { FormRecord, HostState } from "./hostState.js";
import { languageOf } from "../locale/languages.js";
import { applyPageTheme, fluentDesignLanguage } from "../locale/theme.js";
import type { Workbench } from "./workbench.js";

export const UNSAVED_CHOICE_LABEL = "New account (unsaved)";
const UNSAVED_VALUE = "new";

/** The bank accounts the record picker offers, as the emulator lists them. */
export async function fetchAccounts(webApi: ComponentFramework.WebApi): Promise<FormRecord[]> {
  const { entities } = await webApi.retrieveMultipleRecords("sample_bankaccount", "?$select=sample_bankaccountid,sample_name&$orderby=sample_name asc");
  return entities.map((entity) => ({ id: entity.sample_bankaccountid as string, name: entity.sample_name as string }));
}

/** Fills the header's record picker; choosing an entry is a new form load. */
export function renderRecordPicker(accounts: readonly FormRecord[], current: FormRecord, onPick: (record: FormRecord) => void): void {
  const picker = byId<HTMLSelectElement>("record-picker");
  picker.replaceChildren(
    ...accounts.map((account) => h("option", { text: account.name, attrs: { value: account.id, selected: account.id === current.id } })),
    h("option", { text: UNSAVED_CHOICE_LABEL, attrs: { value: UNSAVED_VALUE, selected: current.id === "" } }),
  );
  picker.onchange = () => onPick(accounts.find((account) => account.id === picker.value) ?? UNSAVED_RECORD);
}

/** Header, theme, width and direction of the form, before the control sees the new state. */
export function showState(state: HostState): void {
  byId("record-title").textContent = state.record.id ? state.record.name : "New Bank Account";
  byId("new-record").hidden = state.record.id !== "";
  document.title = `${state.record.id ? state.record.name : "New Bank Account"} · Related Sessions workbench`;
  applyPageTheme(fluentDesignLanguage(state.theme));
  const container = byId("control-container");
  container.style.width = `${FORM_WIDTH_PX[state.width]}px`;
  container.dataset.width = state.width;
  const language = languageOf(state.languageId);
  // Only when they change: rewriting them on every switch (a resize, a theme) made the browser recalculate style.
  const section = byId("sessions-section");
  changeAttribute(section, "dir", language.isRTL ? "rtl" : "ltr");
  changeAttribute(section, "lang", language.locale);
}

/**
 * The form's Save for a new record: the name field and the button show only while the record is unsaved. Saving
 * keeps the control instance, as a model-driven form does on the first save.
 */
export function wireSaveNewRecord(workbench: Workbench, onSaved: (record: FormRecord) => Promise<void>): void {
  const save = byId<HTMLButtonElement>("save-record");
  const name = byId<HTMLInputElement>("new-record-name");
  save.addEventListener("click", () => {
    const chosen = name.value.trim() || "New Bank Account";
    save.disabled = true;
    void workbench
      .saveNewRecord(chosen)
      .then(onSaved)
      .catch(showFatalError)
      .finally(() => (save.disabled = false));
  });
}

export function showFatalError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const target = document.getElementById("fatal") ?? document.body;
  target.append(h("p", { text: `The workbench could not start: ${message}` }));
}
