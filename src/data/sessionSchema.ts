import type { StringKey } from "../../generated/StringKeys";
import type { StatusTone } from "../model";

/**
 * The one place that knows the Session table: its names, the columns the control reads,
 * and its option-set values with the resx keys of their labels.
 */
export const SESSION_TABLE = "msdyn_ocsession";
/** The conversation (live work item) a session belongs to, through msdyn_liveworkitemid. */
export const CONVERSATION_TABLE = "msdyn_ocliveworkitem";

/** The subject column holds at most 200 characters. */
export const SUBJECT_MAX_LENGTH = 200;

export const SessionColumn = {
  id: "activityid",
  subject: "subject",
  stateCode: "statecode",
  sessionState: "msdyn_state",
  channel: "msdyn_channel",
  sessionCreatedOn: "msdyn_sessioncreatedon",
  sessionClosedOn: "msdyn_sessionclosedon",
  createdOn: "createdon",
  owner: "_ownerid_value",
  closureReason: "msdyn_closurereason",
  regarding: "_regardingobjectid_value",
  conversation: "_msdyn_liveworkitemid_value",
} as const;

/** Exactly the columns the list shows; nothing else is requested. */
export const SELECTED_COLUMNS: readonly string[] = [
  SessionColumn.id,
  SessionColumn.subject,
  SessionColumn.stateCode,
  SessionColumn.sessionState,
  SessionColumn.channel,
  SessionColumn.sessionCreatedOn,
  SessionColumn.sessionClosedOn,
  SessionColumn.createdOn,
  SessionColumn.owner,
  SessionColumn.closureReason,
  SessionColumn.conversation,
];

export const FORMATTED_VALUE_SUFFIX = "@OData.Community.Display.V1.FormattedValue";

export const StateCode = { open: 0, completed: 1, canceled: 2, scheduled: 3 } as const;

/** The resx keys that start with `prefix`, by the rest of their name: KeyName<"Channel_"> is "Teams" | "WhatsApp" | …. */
export type KeyName<Prefix extends string> = StringKey extends infer Key ? (Key extends `${Prefix}${infer Name}` ? Name : never) : never;

/** A status label's name: its resx key is Status_<name>. */
export type StatusName = KeyName<"Status_">;

interface OptionLabel<Name extends StatusName = StatusName> {
  name: Name;
  tone: StatusTone;
}

/**
 * msdyn_state values that refine an open session. The column is marked deprecated (Default, Active, Closed, New,
 * Wrap-up) and may be stale, so Default and Closed say nothing: statecode decides.
 */
export const OPEN_SESSION_STATES: ReadonlyMap<number, OptionLabel<"Active" | "New" | "WrapUp">> = new Map([
  [192350001, { name: "Active", tone: "active" }],
  [192350003, { name: "New", tone: "waiting" }],
  [192350004, { name: "WrapUp", tone: "waiting" }],
]);

/** The label of each statecode, by its value. */
export const STATE_CODE_LABELS: readonly OptionLabel[] = [
  { name: "Open", tone: "active" },
  { name: "Completed", tone: "closed" },
  { name: "Canceled", tone: "canceled" },
  { name: "Scheduled", tone: "scheduled" },
];

/** msdyn_channel (global choice msdyn_streamsource): each value's label is the resx string Channel_<name>. */
export const CHANNEL_NAMES: ReadonlyMap<number, KeyName<"Channel_">> = new Map<number, KeyName<"Channel_">>([
  [19241000, "Teams"],
  [192300000, "WhatsApp"],
  [192310000, "Line"],
  [192320000, "WeChat"],
  [192330000, "Facebook"],
  [192340000, "Sms"],
  [192350000, "EntityRecords"],
  [192350001, "Twitter"],
  [192350002, "Custom"],
  [192360000, "LiveChat"],
  [192370000, "Voice"],
  [192380000, "Video"],
  [192390000, "CoBrowse"],
  [192400000, "ScreenSharing"],
  [192440000, "VoiceCall"],
  [192450000, "AppleMessages"],
  [192450001, "GoogleBusinessMessages"],
]);
