/**
 * The model every layer shares: plain data, no behaviour, no imports. platform/, data/ and ui/ import it;
 * it imports none of them, so no dependency runs back up.
 */

/** What a status badge conveys; the UI picks its colour from this, never from a label. */
export type StatusTone = "active" | "waiting" | "closed" | "canceled" | "scheduled" | "unknown";

/** One session as the list shows it. */
export interface Session {
  id: string;
  /** Null when the session has no usable subject: the UI shows a placeholder. */
  subject: string | null;
  status: { label: string; tone: StatusTone };
  /** Null when the row has no channel. */
  channel: string | null;
  /** msdyn_sessioncreatedon when Omnichannel filled it, else createdon. */
  startedOn: Date | null;
  closedOn: Date | null;
  isClosed: boolean;
  /** False when no one owns the session. */
  hasOwner: boolean;
  /** Null when there is no owner or the platform sent no name for it. */
  ownerName: string | null;
  closureReason: string | null;
  /** The conversation (msdyn_ocliveworkitem) behind the session; null for a session made by hand, or a bad id. */
  conversationId: string | null;
}

/** The record whose form hosts the control. */
export interface HostRecord {
  /** Null while the record is unsaved (or the host gave no usable id): then nothing is queried. */
  id: string | null;
  /** The table's logical name, or null when the host did not say. */
  entityType: string | null;
  /** The record's primary name; empty when unknown. */
  name: string;
}

/** A saved record that sessions can regard. */
export interface RegardingRecord {
  id: string;
  entityType: string;
  name: string;
}

/** Which sessions the maker lets the control show at all ("Sessions to show"). */
export type SessionScope = "all" | "open" | "closed";

/** The status chip the agent picked: Active is statecode Open; Closed is Completed or Canceled. */
export type StatusChoice = "all" | "active" | "closed";

/** What the agent narrowed the list to. */
export interface SessionFilters {
  status: StatusChoice;
  /** msdyn_channel values; empty means every channel. */
  channels: readonly number[];
  /** The start of the subject; empty means no search. */
  search: string;
}

/** Everything the repository needs to list the sessions regarding one record. */
export interface SessionListRequest {
  regardingId: string;
  scope: SessionScope;
  filters: SessionFilters;
  pageSize: number;
  /** The week chosen on the history chart: only sessions created in it. Absent or null: any time. */
  createdRange?: CreatedRange | null;
}

/** A span of creation times, from `from` (inclusive) to `to` (exclusive). */
export interface CreatedRange {
  from: Date;
  to: Date;
}

/** How many sessions of one channel were created on one of the user's calendar days (one row of the history aggregate). */
export interface HistoryDayCount {
  /** The user's calendar day, counted from 1 January 1970 (as Formatter.day counts). */
  day: number;
  channel: number | null;
  /** The platform's label for the channel, when it sent one. */
  channelLabel: string | null;
  count: number;
}

/** One page of sessions and where the next one starts (null when there is none). */
export interface SessionPage {
  sessions: Session[];
  /** Opaque to everyone but the repository. */
  cursor: string | null;
}

/** How many sessions share one combination of state and channel (one row of the aggregate query). */
export interface SessionCountGroup {
  stateCode: number | null;
  sessionState: number | null;
  channel: number | null;
  /** The platform's label for the channel, when it sent one. */
  channelLabel: string | null;
  count: number;
}

/** The record's sessions counted by state and channel, within the maker's scope. */
export interface SessionCounts {
  groups: readonly SessionCountGroup[];
}

/** Why a platform call failed, as the UI explains it. */
export type LoadErrorKind = "forbidden" | "notFound" | "throttled" | "unavailable" | "offline" | "network" | "unknown";

export interface LoadError {
  kind: LoadErrorKind;
  /** The platform's own message, shown as details; empty when there was none. */
  message: string;
  errorCode?: number;
  /** How long the server asked the client to wait before trying again, when it said. */
  retryAfterMs?: number;
}
