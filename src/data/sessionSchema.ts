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

interface OptionLabel {
  labelKey: StringKey;
  tone: StatusTone;
}

/**
 * msdyn_state values that refine an open session. The column is marked deprecated (Default, Active, Closed, New,
 * Wrap-up) and may be stale, so Default and Closed say nothing: statecode decides.
 */
export const OPEN_SESSION_STATES: ReadonlyMap<number, OptionLabel> = new Map([
  [192350001, { labelKey: "Status_Active", tone: "active" }],
  [192350003, { labelKey: "Status_New", tone: "waiting" }],
  [192350004, { labelKey: "Status_WrapUp", tone: "waiting" }],
]);

export const STATE_CODE_LABELS: ReadonlyMap<number, OptionLabel> = new Map([
  [StateCode.open, { labelKey: "Status_Open", tone: "active" }],
  [StateCode.completed, { labelKey: "Status_Completed", tone: "closed" }],
  [StateCode.canceled, { labelKey: "Status_Canceled", tone: "canceled" }],
  [StateCode.scheduled, { labelKey: "Status_Scheduled", tone: "scheduled" }],
]);

/** msdyn_channel (global choice msdyn_streamsource). */
export const CHANNEL_LABEL_KEYS: ReadonlyMap<number, StringKey> = new Map<number, StringKey>([
  [19241000, "Channel_Teams"],
  [192300000, "Channel_WhatsApp"],
  [192310000, "Channel_Line"],
  [192320000, "Channel_WeChat"],
  [192330000, "Channel_Facebook"],
  [192340000, "Channel_Sms"],
  [192350000, "Channel_EntityRecords"],
  [192350001, "Channel_Twitter"],
  [192350002, "Channel_Custom"],
  [192360000, "Channel_LiveChat"],
  [192370000, "Channel_Voice"],
  [192380000, "Channel_Video"],
  [192390000, "Channel_CoBrowse"],
  [192400000, "Channel_ScreenSharing"],
  [192440000, "Channel_VoiceCall"],
  [192450000, "Channel_AppleMessages"],
  [192450001, "Channel_GoogleBusinessMessages"],
]);
