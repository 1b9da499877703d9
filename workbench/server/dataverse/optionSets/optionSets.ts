/** English labels of the choice, state and status columns the emulator serves (values as Dataverse defines them). */
export type OptionLabels = Readonly<Record<number, string>>;

/** Labels in other languages, by LCID; a language may leave options out (see `choiceLabel`). */
export type LabelTranslations = Readonly<Record<number, OptionLabels>>;

/**
 * What the metadata says about an option besides its label: the hex colour a maker assigned (`Color`) and whether
 * the maker hid it (`IsHidden`), as OptionMetadata carries them
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/optionmetadata). An option not
 * listed has neither: no colour, not hidden.
 */
export interface OptionDisplay {
  readonly color?: string;
  readonly hidden?: boolean;
}

export type OptionDisplays = Readonly<Record<number, OptionDisplay>>;

export const SESSION_STATECODE = { open: 0, completed: 1, canceled: 2, scheduled: 3 } as const;
export const SESSION_STATUSCODE = { open: 1, completed: 2, canceled: 3, scheduled: 4 } as const;

export const STATECODE_LABELS: OptionLabels = { 0: "Open", 1: "Completed", 2: "Canceled", 3: "Scheduled" };
export const STATUSCODE_LABELS: OptionLabels = { 1: "Open", 2: "Completed", 3: "Canceled", 4: "Scheduled" };

export const MSDYN_STATE = { default: 192350000, active: 192350001, closed: 192350002, new: 192350003, wrapUp: 192350004 } as const;

export const MSDYN_STATE_LABELS: OptionLabels = {
  192350000: "Default",
  192350001: "Active",
  192350002: "Closed",
  192350003: "New",
  192350004: "Wrap-up",
};

/** The global `msdyn_streamsource` choice behind `msdyn_channel`, all 17 options. */
export const CHANNEL_LABELS: OptionLabels = {
  19241000: "Microsoft Teams",
  192300000: "WhatsApp",
  192310000: "LINE",
  192320000: "WeChat",
  192330000: "Facebook",
  192340000: "SMS",
  192350000: "Entity Records",
  192350001: "Twitter",
  192350002: "Custom",
  192360000: "Live chat",
  192370000: "Voice",
  192380000: "Video",
  192390000: "Co-browse",
  192400000: "Screen sharing",
  192440000: "Voice call",
  192450000: "Apple Messages for Business",
  192450001: "Google's Business Messages",
};

/** The channels the sample data and tests name. */
export const CHANNEL = {
  teams: 19241000,
  whatsApp: 192300000,
  sms: 192340000,
  entityRecords: 192350000,
  liveChat: 192360000,
  voice: 192370000,
} as const;

export const CHANNEL_VALUES: readonly number[] = Object.keys(CHANNEL_LABELS).map(Number);

export const CLOSURE_REASON = {
  default: 192350000,
  agentReject: 192350001,
  agentTimeout: 192350002,
  conversationTimeout: 192350003,
  agentClosed: 192350004,
  conversationClosed: 192350005,
  agentTransfered: 192350006,
  agentDisconnected: 192350007,
  customerDisconnect: 192350020,
  customerEndConversation: 192350022,
  queueTransfer: 192350023,
  botEndConversation: 192350027,
} as const;

export const CLOSURE_REASON_LABELS: OptionLabels = {
  192350000: "Default",
  192350001: "AgentReject",
  192350002: "AgentTimeout",
  192350003: "ConversationTimeout",
  192350004: "AgentClosed",
  192350005: "ConversationClosed",
  192350006: "AgentTransfered",
  192350007: "AgentDisconnected",
  192350008: "AgentReRouted",
  192350009: "VirtualAgentClosed",
  192350010: "AgentTransferToQueue",
  192350011: "SupervisorAssignToQueue",
  192350012: "SupervisorTransferToAgent",
  192350013: "SystemReject",
  192350014: "ForceClose",
  192350015: "OverflowQueueTransfer",
  192350016: "OverflowEndConversation",
  192350017: "AddAgentFailed",
  192350018: "AutoClose",
  192350019: "SecondaryChannelClosed",
  192350020: "CustomerDisconnect",
  192350021: "AgentEndConversation",
  192350022: "CustomerEndConversation",
  192350023: "QueueTransfer",
  192350024: "InqueueOverflowQueueTransfer",
  192350025: "InqueueOverflowEndConversation",
  192350026: "BotTransferToAgent",
  192350027: "BotEndConversation",
};
