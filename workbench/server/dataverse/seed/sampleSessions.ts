import type { Random } from "./prng";
import { minutesAfter, minutesBefore, toDataverseDate } from "../tables/dataverseDates";
import {
  CHANNEL_VALUES,
  CLOSURE_REASON,
  MSDYN_STATE,
  SESSION_STATECODE,
  SESSION_STATUSCODE,
} from "../optionSets/optionSets";
import { SAMPLE_AGENTS, SAMPLE_TEAM, SESSION_DESCRIPTIONS, SESSION_SUBJECTS } from "./sampleCatalog";

export type SessionKind = "new" | "active" | "wrapUp" | "scheduled" | "completed" | "canceled";

export interface SampleSession {
  activityid: string;
  subject: string | null;
  description: string | null;
  activitytypecode: "msdyn_ocsession";
  statecode: number;
  statuscode: number;
  msdyn_state: number | null;
  msdyn_channel: number;
  msdyn_closurereason: number | null;
  msdyn_sessionid: string | null;
  msdyn_sessioncreatedon: string | null;
  msdyn_sessionclosedon: string | null;
  msdyn_agentassignedon: string | null;
  msdyn_agentacceptedon: string | null;
  actualstart: string | null;
  actualend: string | null;
  actualdurationminutes: number | null;
  scheduledstart: string | null;
  scheduledend: string | null;
  createdon: string;
  modifiedon: string;
  _regardingobjectid_value: string;
  _ownerid_value: string;
  /** The conversation (msdyn_ocliveworkitem) Omnichannel made the session for; null for a session made by hand. */
  _msdyn_liveworkitemid_value: string | null;
  ownerTable: "systemuser" | "team";
}

/** What one seeded session should be; everything not given is drawn from the random source. */
export interface SessionPlan {
  kind: SessionKind;
  channel?: number;
  /** Overrides the drawn subject, including with null or "". */
  subject?: string | null;
  /** Reuse this start time, so ordering must fall back to the key to stay stable. */
  startedAt?: Date;
  /**
   * Overrides the kind's `msdyn_state`: null for a session that never had one, or a stale value that contradicts
   * `statecode` (the column is deprecated and nothing keeps it in step).
   */
  msdynState?: number | null;
  /**
   * Made by hand (a form or the Web API), not by Omnichannel: no `msdyn_sessioncreatedon`, no platform session id,
   * no agent timestamps, no `msdyn_state`.
   */
  handMade?: boolean;
}

export interface SessionContext {
  readonly random: Random;
  readonly now: Date;
  readonly account: { readonly id: string; readonly name: string };
  readonly newId: () => string;
  /**
   * The conversation of the next Omnichannel session. Drawn from a source of its own, so adding conversations left
   * every other seeded value as it was.
   */
  readonly conversationId: () => string;
}

const DAY_MINUTES = 24 * 60;
const TWO_YEARS_MINUTES = 730 * DAY_MINUTES;

const COMPLETED_REASONS: readonly number[] = [
  CLOSURE_REASON.agentClosed,
  CLOSURE_REASON.agentClosed,
  CLOSURE_REASON.customerDisconnect,
  CLOSURE_REASON.conversationClosed,
  CLOSURE_REASON.customerEndConversation,
  CLOSURE_REASON.botEndConversation,
  CLOSURE_REASON.queueTransfer,
  CLOSURE_REASON.default,
];

const CANCELED_REASONS: readonly number[] = [
  CLOSURE_REASON.agentReject,
  CLOSURE_REASON.agentTimeout,
  CLOSURE_REASON.conversationTimeout,
  CLOSURE_REASON.customerDisconnect,
];

interface Timing {
  start: Date;
  assignedAt: Date | null;
  closedAt: Date | null;
  modifiedAt: Date;
}

export function buildSession(plan: SessionPlan, context: SessionContext): SampleSession {
  const { random } = context;
  const timing = drawTiming(plan, context);
  const closed = plan.kind === "completed" || plan.kind === "canceled";
  const durationMinutes = timing.closedAt ? Math.round((timing.closedAt.getTime() - timing.start.getTime()) / 60_000) : null;
  const owner = plan.handMade ? { id: random.pick(SAMPLE_AGENTS).id, table: "systemuser" as const } : drawOwner(plan.kind, random);
  const omnichannel = !plan.handMade;
  const scheduledStart = plan.kind === "scheduled" ? roundToQuarterHour(minutesAfter(context.now, random.integer(60, 72 * 60))) : null;
  return {
    activityid: context.newId(),
    subject: plan.subject !== undefined ? plan.subject : drawSubject(context),
    description: random.pick(SESSION_DESCRIPTIONS),
    activitytypecode: "msdyn_ocsession",
    ...stateColumns(plan.kind),
    ...(plan.msdynState !== undefined || plan.handMade ? { msdyn_state: plan.msdynState ?? null } : {}),
    msdyn_channel: plan.channel ?? random.pick(CHANNEL_VALUES),
    msdyn_closurereason: closed ? random.pick(plan.kind === "completed" ? COMPLETED_REASONS : CANCELED_REASONS) : null,
    msdyn_sessionid: omnichannel ? random.guid() : null,
    msdyn_sessioncreatedon: plan.kind === "scheduled" || !omnichannel ? null : toDataverseDate(timing.start),
    msdyn_sessionclosedon: optionalDate(timing.closedAt),
    msdyn_agentassignedon: omnichannel ? optionalDate(timing.assignedAt) : null,
    msdyn_agentacceptedon: omnichannel ? optionalDate(timing.assignedAt && minutesAfter(timing.assignedAt, random.integer(0, 40) / 60)) : null,
    actualstart: plan.kind === "scheduled" || !omnichannel ? null : toDataverseDate(timing.start),
    actualend: optionalDate(timing.closedAt),
    actualdurationminutes: durationMinutes,
    scheduledstart: optionalDate(scheduledStart),
    scheduledend: optionalDate(scheduledStart && minutesAfter(scheduledStart, 30)),
    createdon: toDataverseDate(timing.start),
    modifiedon: toDataverseDate(timing.modifiedAt),
    _regardingobjectid_value: context.account.id,
    _ownerid_value: owner.id,
    _msdyn_liveworkitemid_value: omnichannel ? context.conversationId() : null,
    ownerTable: owner.table,
  };
}

function stateColumns(kind: SessionKind): Pick<SampleSession, "statecode" | "statuscode" | "msdyn_state"> {
  switch (kind) {
    case "new":
      return { statecode: SESSION_STATECODE.open, statuscode: SESSION_STATUSCODE.open, msdyn_state: MSDYN_STATE.new };
    case "active":
      return { statecode: SESSION_STATECODE.open, statuscode: SESSION_STATUSCODE.open, msdyn_state: MSDYN_STATE.active };
    case "wrapUp":
      return { statecode: SESSION_STATECODE.open, statuscode: SESSION_STATUSCODE.open, msdyn_state: MSDYN_STATE.wrapUp };
    case "scheduled":
      return { statecode: SESSION_STATECODE.scheduled, statuscode: SESSION_STATUSCODE.scheduled, msdyn_state: MSDYN_STATE.new };
    case "completed":
      return { statecode: SESSION_STATECODE.completed, statuscode: SESSION_STATUSCODE.completed, msdyn_state: MSDYN_STATE.closed };
    case "canceled":
      return { statecode: SESSION_STATECODE.canceled, statuscode: SESSION_STATUSCODE.canceled, msdyn_state: MSDYN_STATE.closed };
  }
}

/** Open sessions started minutes ago (so they look live); closed ones anywhere in the last two years. */
function drawTiming(plan: SessionPlan, { random, now }: SessionContext): Timing {
  const minutesAgo = (min: number, max: number): Date => minutesBefore(now, random.integer(min * 60, max * 60) / 60);
  switch (plan.kind) {
    case "new": {
      const start = minutesAgo(1, 8);
      return { start, assignedAt: null, closedAt: null, modifiedAt: start };
    }
    case "active": {
      const start = minutesAgo(4, 50);
      const assignedAt = minutesAfter(start, 1);
      return { start, assignedAt, closedAt: null, modifiedAt: assignedAt };
    }
    case "wrapUp": {
      const start = minutesAgo(30, 180);
      return { start, assignedAt: minutesAfter(start, 1), closedAt: null, modifiedAt: minutesAfter(start, random.integer(10, 25)) };
    }
    case "scheduled": {
      const start = minutesAgo(60, 72 * 60);
      return { start, assignedAt: null, closedAt: null, modifiedAt: start };
    }
    case "completed":
    case "canceled": {
      const start = plan.startedAt ?? minutesAgo(DAY_MINUTES, TWO_YEARS_MINUTES);
      const duration = plan.kind === "completed" ? random.integer(2, 55) : random.integer(0, 3);
      const closedAt = minutesAfter(start, duration + random.integer(0, 59) / 60);
      const assignedAt = plan.kind === "completed" ? minutesAfter(start, random.integer(0, 90) / 60) : null;
      return { start, assignedAt, closedAt, modifiedAt: closedAt };
    }
  }
}

function drawOwner(kind: SessionKind, random: Random): { id: string; table: "systemuser" | "team" } {
  const ownedByTeam = kind === "new" || kind === "scheduled" || (kind === "completed" && random.chance(0.1));
  return ownedByTeam ? { id: SAMPLE_TEAM.id, table: "team" } : { id: random.pick(SAMPLE_AGENTS).id, table: "systemuser" };
}

function drawSubject({ random, account }: SessionContext): string {
  return random
    .pick(SESSION_SUBJECTS)
    .replace("{account}", account.name)
    .replace("{ref}", `CAS-${random.integer(10000, 99999)}-${random.pick(["K", "M", "Q", "T"])}${random.integer(1, 9)}`);
}

function optionalDate(date: Date | null): string | null {
  return date ? toDataverseDate(date) : null;
}

function roundToQuarterHour(date: Date): Date {
  const quarterMs = 15 * 60_000;
  return new Date(Math.ceil(date.getTime() / quarterMs) * quarterMs);
}
