import { isValidLogicalName } from "./data/logicalName";
import { readNumber } from "./data/numberInput";
import { nonBlankText } from "./data/textInput";
import type { SessionScope } from "./model";

export type StartMode = "mainForm" | "quickCreate" | "directCreate" | "workspaceSession";

export const PAGE_SIZE = { default: 25, min: 5, max: 250 } as const;
/** "Refresh every N seconds": off unless set; never more often than every 30 s. */
const REFRESH_INTERVAL_SECONDS = { min: 30, max: 3600 } as const;
/** How many rows the list shows before it scrolls. */
export const VISIBLE_ROWS = { default: 8, min: 3, max: 50 } as const;

/** The maker's inputs as the form designer hands them over: anything may be missing or malformed. */
export interface RawSettings {
  pageSize: unknown;
  sessionState: unknown;
  allowStart: unknown;
  startMode: unknown;
  sessionTemplate: unknown;
  openInNewWindow: unknown;
  regardingNavigationProperty: unknown;
  showCounts: unknown;
  showHistory: unknown;
  visibleRows: unknown;
  refreshInterval: unknown;
}

/** A maker setting that could not be used as given, for the UI to report. */
export interface SettingProblem {
  messageKey: "Settings_InvalidNavigationProperty" | "Settings_InvalidSessionTemplate";
  value: string;
}

export interface Settings {
  pageSize: number;
  /** Which sessions the maker lets the control show at all. */
  scope: SessionScope;
  allowStart: boolean;
  startMode: StartMode;
  /** The unique name of the session template a workspace session opens; null when none (usable) was named. */
  sessionTemplate: string | null;
  openInNewWindow: boolean;
  /** A valid navigation property name, or null to use the conventional one. */
  regardingNavigationProperty: string | null;
  /** The one-line count of sessions by state, and the counts on the filters. */
  showCounts: boolean;
  /** The 13-week chart of sessions per week by channel (one aggregate query per load or refresh). */
  showHistory: boolean;
  visibleRows: number;
  /** How often to poll while an open session is listed, in seconds; null when off (the default). */
  refreshIntervalSeconds: number | null;
  problems: readonly SettingProblem[];
}

/** A whole number within the range, given as a number or as text; anything else is the default. */
function parseWholeNumber(value: unknown, range: { default: number; min: number; max: number }): number {
  const number = readNumber(value);
  if (number === undefined || !Number.isInteger(number)) return range.default;
  return number >= range.min && number <= range.max ? number : range.default;
}

function parseEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Off for nothing, zero or anything not a whole number; otherwise at least the minimum and at most the maximum. */
function parseRefreshInterval(value: unknown): number | null {
  const seconds = readNumber(value);
  if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) return null;
  return Math.min(Math.max(seconds, REFRESH_INTERVAL_SECONDS.min), REFRESH_INTERVAL_SECONDS.max);
}

function parseYesNo(value: unknown, fallback: boolean): boolean {
  return parseEnum(value, ["yes", "no"], fallback ? "yes" : "no") === "yes";
}

/** A name the maker typed, trimmed: blank is no name; one `isUsable` refuses is no name, reported (at most `reportedLength` long). */
function parseName(value: unknown, isUsable: (name: string) => boolean, messageKey: SettingProblem["messageKey"], reportedLength?: number): { name: string | null; problem?: SettingProblem } {
  const name = nonBlankText(value)?.trim() ?? null;
  if (name === null || isUsable(name)) return { name };
  return { name: null, problem: { messageKey, value: name.slice(0, reportedLength) } };
}

/**
 * A session template's unique name is "<prefix>_<name>", the prefix 3 to 8 letters or digits
 * (https://learn.microsoft.com/dynamics365/customer-service/administer/session-templates); out-of-the-box templates
 * use longer prefixes (case_entity_session_default_template), so only the characters and the underscore are checked.
 */
const SESSION_TEMPLATE_NAME = /^[A-Za-z0-9]+_[A-Za-z0-9_]+$/;
const SESSION_TEMPLATE_MAX_LENGTH = 100;
const isSessionTemplateName = (name: string) => name.length <= SESSION_TEMPLATE_MAX_LENGTH && SESSION_TEMPLATE_NAME.test(name);

/** Turns the maker's inputs into typed settings; nothing here throws, whatever the input. */
export function parseSettings(raw: RawSettings): Settings {
  const navigation = parseName(raw.regardingNavigationProperty, isValidLogicalName, "Settings_InvalidNavigationProperty");
  const startMode = parseEnum<StartMode>(raw.startMode, ["mainForm", "quickCreate", "directCreate", "workspaceSession"], "mainForm");
  // The template matters only to the workspace session mode: no warning about a setting that is not used.
  const template =
    startMode === "workspaceSession" ? parseName(raw.sessionTemplate, isSessionTemplateName, "Settings_InvalidSessionTemplate", SESSION_TEMPLATE_MAX_LENGTH) : { name: null };
  return {
    pageSize: parseWholeNumber(raw.pageSize, PAGE_SIZE),
    scope: parseEnum(raw.sessionState, ["all", "open", "closed"], "all"),
    allowStart: parseYesNo(raw.allowStart, true),
    startMode,
    sessionTemplate: template.name,
    openInNewWindow: parseYesNo(raw.openInNewWindow, false),
    regardingNavigationProperty: navigation.name,
    showCounts: parseYesNo(raw.showCounts, true),
    showHistory: parseYesNo(raw.showHistory, true),
    visibleRows: parseWholeNumber(raw.visibleRows, VISIBLE_ROWS),
    refreshIntervalSeconds: parseRefreshInterval(raw.refreshInterval),
    problems: [navigation.problem, template.problem].filter((problem): problem is SettingProblem => problem !== undefined),
  };
}
