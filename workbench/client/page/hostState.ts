import type { ParameterValues } from "../context/parameters.js";
import type { ThemeName } from "../locale/theme.js";

/** The record the form shows; an empty id is a new record that has not been saved yet. */
export interface FormRecord {
  id: string;
  name: string;
}

export const UNSAVED_RECORD: FormRecord = { id: "", name: "" };
export const HOST_TABLE = "sample_bankaccount";

export type FormWidth = "wide" | "narrow";
export const FORM_WIDTH_PX: Readonly<Record<FormWidth, number>> = { wide: 900, narrow: 320 };

/** Everything the page's switches decide. */
export interface HostState {
  record: FormRecord;
  theme: ThemeName;
  width: FormWidth;
  languageId: number;
  formDisabled: boolean;
  noCreatePrivilege: boolean;
  multiSession: boolean;
  /** The session templates in the emulated user's app profile: the ones Microsoft.Apm.createSession accepts. */
  appProfileTemplates: string;
  parameterValues: ParameterValues;
  /** How quick create names the saved record's id; both shapes have been seen in apps. */
  savedIdShape: SavedIdShape;
  /** A main form's openForm promise never settles, as in a multi-session app that keeps the form's tab open. */
  mainFormNeverSettles: boolean;
  /** A first save updates only context.page, leaving mode.contextInfo as it was (some hosts do). */
  firstSaveUpdatesPageOnly: boolean;
  /** What mode.contextInfo still names after such a save; undefined when it names the record. */
  contextInfoRecord?: FormRecord;
}

export type SavedIdShape = "bracedString" | "guidObject";

/** Switches that change what a real app would load from scratch: the form (and the control) is rebuilt. */
export const REMOUNTING_SWITCHES: ReadonlyArray<keyof HostState> = ["record", "languageId", "noCreatePrivilege", "multiSession"];
