import type { StringKey } from "../../generated/StringKeys";
import type { Session } from "../model";
import { normalizeGuid } from "./guid";
import { channelLabel } from "./channelLabel";
import { nonBlankText } from "./textInput";
import { FORMATTED_VALUE_SUFFIX, OPEN_SESSION_STATES, STATE_CODE_LABELS, SessionColumn, StateCode } from "./sessionSchema";
import type { StatusName } from "./sessionSchema";

/** Looks up a localized string by resx key. */
export type Translate = (key: StringKey) => string;

type Row = Record<string, unknown>;

// Characters that show nothing (spaces, and format characters such as zero-width spaces and direction marks): a subject
// made only of them is no subject.
const INVISIBLE = /[\s\p{Cf}]/gu;
/** Longer than any subject Dataverse stores (200): whatever is beyond is cut, so one row cannot swamp the list. */
const SUBJECT_SHOWN_MAX = 500;

/** A subject as text whatever type it came as; an object or an invisible text is no subject. */
function subjectOf(value: unknown): string | null {
  const shown = typeof value === "number" || typeof value === "boolean" ? String(value) : value;
  if (typeof shown !== "string" || shown.replace(INVISIBLE, "") === "") return null;
  return shown.length > SUBJECT_SHOWN_MAX ? `${shown.slice(0, SUBJECT_SHOWN_MAX)}…` : shown;
}

function optionValue(row: Row, column: string): number | null {
  const value = row[column];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function formattedValue(row: Row, column: string): string | null {
  return nonBlankText(row[column + FORMATTED_VALUE_SUFFIX]);
}

function date(row: Row, column: string): Date | null {
  const value = row[column];
  if (typeof value !== "string") return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** The platform's label when it sent one, else ours, else the raw value. */
function optionLabel(row: Row, column: string, value: number, ownLabel: StatusName | undefined, t: Translate): string {
  return formattedValue(row, column) ?? (ownLabel ? t(`Status_${ownLabel}`) : String(value));
}

/**
 * statecode decides Open, Completed, Canceled or Scheduled. msdyn_state (marked deprecated, and left stale by
 * integrations) only refines an open session into Active, New or Wrap-up; it never contradicts statecode.
 */
function mapStatus(row: Row, t: Translate): Session["status"] {
  const stateCode = optionValue(row, SessionColumn.stateCode);
  const sessionState = optionValue(row, SessionColumn.sessionState);
  const refinement = sessionState === null ? undefined : OPEN_SESSION_STATES.get(sessionState);
  if (refinement && (stateCode === StateCode.open || stateCode === null)) {
    return { label: optionLabel(row, SessionColumn.sessionState, sessionState as number, refinement.name, t), tone: refinement.tone };
  }
  if (stateCode !== null) {
    const known: (typeof STATE_CODE_LABELS)[number] | undefined = STATE_CODE_LABELS[stateCode];
    return {
      label: optionLabel(row, SessionColumn.stateCode, stateCode, known?.name, t),
      tone: known?.tone ?? "unknown",
    };
  }
  return { label: t("Status_Unknown"), tone: "unknown" };
}

function mapChannel(row: Row, t: Translate): string | null {
  const channel = optionValue(row, SessionColumn.channel);
  return channel === null ? null : channelLabel(channel, [formattedValue(row, SessionColumn.channel)], t);
}

function mapClosureReason(row: Row): string | null {
  const reason = optionValue(row, SessionColumn.closureReason);
  return reason === null ? null : (formattedValue(row, SessionColumn.closureReason) ?? String(reason));
}

/** Closed is what statecode Completed or Canceled says, and only those give these tones (msdyn_state never does). */
function isClosed(status: Session["status"]): boolean {
  return status.tone === "closed" || status.tone === "canceled";
}

/** Maps one Web API row to a session, or null when the row is not a usable session (no valid id). */
export function mapSession(raw: unknown, t: Translate): Session | null {
  if (typeof raw !== "object" || raw === null) return null;
  const row = raw as Row;
  const id = normalizeGuid(row[SessionColumn.id]);
  if (id === null) return null;
  const status = mapStatus(row, t);
  return {
    id,
    subject: subjectOf(row[SessionColumn.subject]),
    status,
    channel: mapChannel(row, t),
    startedOn: date(row, SessionColumn.sessionCreatedOn) ?? date(row, SessionColumn.createdOn),
    closedOn: date(row, SessionColumn.sessionClosedOn),
    isClosed: isClosed(status),
    hasOwner: nonBlankText(row[SessionColumn.owner]) !== null,
    ownerName: formattedValue(row, SessionColumn.owner),
    closureReason: mapClosureReason(row),
    conversationId: normalizeGuid(row[SessionColumn.conversation]),
  };
}

/** Maps a page of rows, dropping the ones that are not usable sessions. */
export function mapSessions(rows: readonly unknown[], t: Translate): Session[] {
  const sessions: Session[] = [];
  for (const row of rows) {
    const session = mapSession(row, t);
    if (session) sessions.push(session);
  }
  return sessions;
}
