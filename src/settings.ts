import { isValidLogicalName } from "./data/logicalName";

export type SessionStateFilter = "all" | "open" | "closed";
export type StartMode = "mainForm" | "quickCreate" | "directCreate";

export const PAGE_SIZE = { default: 25, min: 5, max: 250 } as const;

/** The maker's inputs as the form designer hands them over: anything may be missing or malformed. */
export interface RawSettings {
  pageSize: unknown;
  sessionState: unknown;
  allowStart: unknown;
  startMode: unknown;
  openInNewWindow: unknown;
  regardingNavigationProperty: unknown;
}

/** A maker setting that could not be used as given, for the UI to report. */
export interface SettingProblem {
  messageKey: "Settings_InvalidNavigationProperty";
  value: string;
}

export interface Settings {
  pageSize: number;
  stateFilter: SessionStateFilter;
  allowStart: boolean;
  startMode: StartMode;
  openInNewWindow: boolean;
  /** A valid navigation property name, or null to use the conventional one. */
  regardingNavigationProperty: string | null;
  problems: readonly SettingProblem[];
}

function parsePageSize(value: unknown): number {
  const size = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof size !== "number" || !Number.isInteger(size)) return PAGE_SIZE.default;
  return size >= PAGE_SIZE.min && size <= PAGE_SIZE.max ? size : PAGE_SIZE.default;
}

function parseEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseYesNo(value: unknown, fallback: boolean): boolean {
  return parseEnum(value, ["yes", "no"], fallback ? "yes" : "no") === "yes";
}

function parseNavigationProperty(value: unknown): { name: string | null; problem?: SettingProblem } {
  if (typeof value !== "string" || value.trim() === "") return { name: null };
  const name = value.trim();
  if (isValidLogicalName(name)) return { name };
  return { name: null, problem: { messageKey: "Settings_InvalidNavigationProperty", value: name } };
}

/** Turns the maker's inputs into typed settings; nothing here throws, whatever the input. */
export function parseSettings(raw: RawSettings): Settings {
  const navigation = parseNavigationProperty(raw.regardingNavigationProperty);
  return {
    pageSize: parsePageSize(raw.pageSize),
    stateFilter: parseEnum(raw.sessionState, ["all", "open", "closed"], "all"),
    allowStart: parseYesNo(raw.allowStart, true),
    startMode: parseEnum(raw.startMode, ["mainForm", "quickCreate", "directCreate"], "mainForm"),
    openInNewWindow: parseYesNo(raw.openInNewWindow, false),
    regardingNavigationProperty: navigation.name,
    problems: navigation.problem ? [navigation.problem] : [],
  };
}
