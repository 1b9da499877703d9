import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../../shared/sampleAccounts";
import type { SampleAccount } from "../../../shared/sampleAccounts";
import { minutesBefore, toDataverseDate } from "../tables/dataverseDates";
import { CHANNEL, CHANNEL_VALUES, MSDYN_STATE } from "../optionSets/optionSets";
import { createRandom } from "./prng";
import type { Random } from "./prng";
import type { SampleTeam, SampleUser } from "./sampleCatalog";
import { BIDI_SUBJECTS, LONG_SUBJECT, SAMPLE_AGENTS, SAMPLE_TEAM, SCRIPT_INJECTION_SUBJECT, WILDCARD_SUBJECTS, WORKBENCH_USER } from "./sampleCatalog";
import { buildSession } from "./sampleSessions";
import type { SampleSession, SessionKind, SessionPlan } from "./sampleSessions";

export interface SampleBankAccount {
  sample_bankaccountid: string;
  sample_name: string;
  statecode: number;
  statuscode: number;
  createdon: string;
  modifiedon: string;
  _ownerid_value: string;
}

export interface SampleData {
  accounts: SampleBankAccount[];
  users: SampleUser[];
  teams: SampleTeam[];
  sessions: SampleSession[];
}

/** Leading sessions per account, so live sessions exist where the UI needs them; the rest are drawn. */
const LEADING_PLANS: Readonly<Record<string, readonly SessionPlan[]>> = {
  premier: [{ kind: "active", channel: CHANNEL.voice }, { kind: "wrapUp", channel: CHANNEL.liveChat }],
  mortgage: [{ kind: "new", channel: CHANNEL.liveChat }, { kind: "active", channel: CHANNEL.voice }],
  travel: [{ kind: "active", channel: CHANNEL.voice }, { kind: "completed", channel: CHANNEL.liveChat }, { kind: "completed", channel: CHANNEL.sms }],
};

/** The channels a bank's contact centre mostly sees, weighted, for drawn history: a realistic mix to filter by. */
const DRAWN_CHANNELS: readonly number[] = [
  ...Array<number>(7).fill(CHANNEL.voice),
  ...Array<number>(6).fill(CHANNEL.liveChat),
  ...Array<number>(2).fill(CHANNEL.sms),
  ...Array<number>(2).fill(CHANNEL.whatsApp),
  ...Array<number>(2).fill(CHANNEL.entityRecords),
  CHANNEL.teams,
];

/**
 * Builds the whole seeded data set. The same seed and `now` give identical rows; relative times
 * (minutes ago for live sessions) are computed from `now`.
 */
export function generateSampleData(seed: number = SAMPLE_SEED, now: Date = new Date()): SampleData {
  const random = createRandom(seed);
  const newId = uniqueIdSource(random);
  const conversationId = conversationIdSource(createRandom(seed ^ CONVERSATION_SEED));
  const sessions: SampleSession[] = [];
  const accounts = Object.entries(SAMPLE_ACCOUNTS).map(([key, account], index) => {
    const context = { random, now, account, newId, conversationId };
    const plans =
      key === "everyday" ? everydayPlans(random) : key === "switcher" ? switcherPlans(account, random, now) : drawnPlans(account, LEADING_PLANS[key] ?? [], random, now);
    sessions.push(...plans.map((plan) => buildSession(plan, context)));
    return bankAccountRow(account, index, now, random);
  });
  return { accounts, users: [WORKBENCH_USER, ...SAMPLE_AGENTS], teams: [SAMPLE_TEAM], sessions };
}

/**
 * The everyday account: every state, every channel, and the rows that prove escaping, fallbacks and honest state:
 * a session made by hand (no msdyn_sessioncreatedon, no msdyn_state), sessions without msdyn_state, a completed
 * session whose stale msdyn_state still says Active, subjects whose % _ [ ] an unescaped search would misread, and
 * subjects mixing directions.
 */
function everydayPlans(random: Random): SessionPlan[] {
  const kinds: SessionKind[] = ["active", "wrapUp", "new", "scheduled", "canceled", "completed", "completed", "completed", "completed", "canceled"];
  while (kinds.length < SAMPLE_ACCOUNTS.everyday.sessionCount - EVERYDAY_STATE_CASES.length) kinds.push("completed");
  const specialSubjects: Readonly<Record<number, string | null>> = {
    5: null,
    6: "",
    7: SCRIPT_INJECTION_SUBJECT,
    8: LONG_SUBJECT,
    10: WILDCARD_SUBJECTS[0],
    11: WILDCARD_SUBJECTS[1],
    12: WILDCARD_SUBJECTS[2],
    13: BIDI_SUBJECTS[0],
    14: BIDI_SUBJECTS[1],
  };
  const plans: SessionPlan[] = kinds.map((kind, index) => ({
    kind,
    channel: index < CHANNEL_VALUES.length ? CHANNEL_VALUES[index] : random.pick(CHANNEL_VALUES),
    ...(index in specialSubjects ? { subject: specialSubjects[index] } : {}),
  }));
  return [...plans, ...EVERYDAY_STATE_CASES];
}

/** Sessions whose state columns disagree the ways real data does (see SessionPlan.msdynState and handMade). */
const EVERYDAY_STATE_CASES: readonly SessionPlan[] = [
  { kind: "new", channel: CHANNEL.voice, handMade: true, subject: "Started by hand from the account form" },
  { kind: "active", channel: CHANNEL.liveChat, msdynState: null },
  { kind: "completed", channel: CHANNEL.sms, msdynState: null },
  { kind: "completed", channel: CHANNEL.voice, msdynState: MSDYN_STATE.active },
];

/**
 * Mostly completed history with a few canceled over a realistic channel mix; every tenth session shares its
 * predecessor's start time, and a few have no msdyn_state, a stale one, or were made by hand.
 */
function drawnPlans(account: SampleAccount, leadingPlans: readonly SessionPlan[], random: Random, now: Date): SessionPlan[] {
  const plans: SessionPlan[] = [...leadingPlans];
  let previousStart: Date | undefined;
  while (plans.length < account.sessionCount) {
    const kind: SessionKind = random.chance(0.08) ? "canceled" : "completed";
    const shareStart = previousStart !== undefined && plans.length % 10 === 9;
    const startedAt = shareStart && previousStart ? previousStart : minutesBefore(now, random.integer(24 * 60, 730 * 24 * 60));
    plans.push({ kind, startedAt, channel: random.pick(DRAWN_CHANNELS), ...drawnStateQuirk(random) });
    previousStart = startedAt;
  }
  return plans;
}

/** Weeks of the switcher's history, and how many of the latest came after the switch from chat to calls. */
const SWITCHER_WEEKS = { history: 20, sinceSwitch: 8 } as const;

/**
 * A customer who wrote in on live chat (now and then by SMS) until SWITCHER_WEEKS.sinceSwitch weeks ago and has
 * called since (now and then still chatting), with a call under way now.
 */
function switcherPlans(account: SampleAccount, random: Random, now: Date): SessionPlan[] {
  const plans: SessionPlan[] = [{ kind: "active", channel: CHANNEL.voice }];
  while (plans.length < account.sessionCount) {
    const daysAgo = random.integer(1, SWITCHER_WEEKS.history * 7 - 1);
    const mostly = daysAgo > SWITCHER_WEEKS.sinceSwitch * 7 ? [CHANNEL.liveChat, CHANNEL.sms] : [CHANNEL.voice, CHANNEL.liveChat];
    const channel = random.chance(0.85) ? mostly[0] : mostly[1];
    const startedAt = minutesBefore(now, daysAgo * 24 * 60 - random.integer(0, 23 * 60));
    plans.push({ kind: random.chance(0.05) ? "canceled" : "completed", startedAt, channel });
  }
  return plans;
}

function drawnStateQuirk(random: Random): Pick<SessionPlan, "msdynState" | "handMade"> {
  const draw = random.next();
  if (draw < 0.03) return { handMade: true };
  if (draw < 0.06) return { msdynState: null };
  if (draw < 0.08) return { msdynState: MSDYN_STATE.active };
  return {};
}

function bankAccountRow(account: SampleAccount, index: number, now: Date, random: Random): SampleBankAccount {
  const created = toDataverseDate(minutesBefore(now, (3 * 365 - index * 30) * 24 * 60));
  return {
    sample_bankaccountid: account.id,
    sample_name: account.name,
    statecode: 0,
    statuscode: 1,
    createdon: created,
    modifiedon: created,
    _ownerid_value: random.pick(SAMPLE_AGENTS).id,
  };
}

const CONVERSATION_SEED = 0x5eed;
/** How often a session is a transfer: a second session (another assignment) of the previous session's conversation. */
const TRANSFER_CHANCE = 0.1;

/**
 * One conversation per Omnichannel session, except transfers, which share the previous one's: a conversation may
 * have several sessions (https://learn.microsoft.com/dynamics365/customer-service/use/session-metrics).
 */
function conversationIdSource(random: Random): () => string {
  let previous: string | null = null;
  return () => {
    previous = previous !== null && random.chance(TRANSFER_CHANCE) ? previous : random.guid();
    return previous;
  };
}

function uniqueIdSource(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    let id = random.guid();
    while (used.has(id)) id = random.guid();
    used.add(id);
    return id;
  };
}
