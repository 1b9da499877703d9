import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../shared/sampleAccounts";
import type { SampleAccount } from "../../shared/sampleAccounts";
import { minutesBefore, toDataverseDate } from "./dataverseDates";
import { CHANNEL_VALUES } from "./optionSets";
import { createRandom } from "./prng";
import type { Random } from "./prng";
import type { SampleTeam, SampleUser } from "./sampleCatalog";
import { LONG_SUBJECT, SAMPLE_AGENTS, SAMPLE_TEAM, SCRIPT_INJECTION_SUBJECT, WORKBENCH_USER } from "./sampleCatalog";
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

/** Leading kinds per account, so live sessions exist where the UI needs them; the rest are drawn. */
const LEADING_KINDS: Readonly<Record<string, readonly SessionKind[]>> = {
  premier: ["active", "wrapUp"],
  mortgage: ["new", "active"],
};

/**
 * Builds the whole seeded data set. The same seed and `now` give identical rows; relative times
 * (minutes ago for live sessions) are computed from `now`.
 */
export function generateSampleData(seed: number = SAMPLE_SEED, now: Date = new Date()): SampleData {
  const random = createRandom(seed);
  const newId = uniqueIdSource(random);
  const sessions: SampleSession[] = [];
  const accounts = Object.entries(SAMPLE_ACCOUNTS).map(([key, account], index) => {
    const context = { random, now, account, newId };
    const plans = key === "everyday" ? everydayPlans(random) : drawnPlans(account, LEADING_KINDS[key] ?? [], random, now);
    sessions.push(...plans.map((plan) => buildSession(plan, context)));
    return bankAccountRow(account, index, now, random);
  });
  return { accounts, users: [WORKBENCH_USER, ...SAMPLE_AGENTS], teams: [SAMPLE_TEAM], sessions };
}

/** The everyday account: every state, every channel, and the subjects that prove escaping and fallbacks. */
function everydayPlans(random: Random): SessionPlan[] {
  const kinds: SessionKind[] = ["active", "wrapUp", "new", "scheduled", "canceled", "completed", "completed", "completed", "completed", "canceled"];
  while (kinds.length < SAMPLE_ACCOUNTS.everyday.sessionCount) kinds.push("completed");
  const specialSubjects: Readonly<Record<number, string | null>> = { 5: null, 6: "", 7: SCRIPT_INJECTION_SUBJECT, 8: LONG_SUBJECT };
  return kinds.map((kind, index) => ({
    kind,
    channel: index < CHANNEL_VALUES.length ? CHANNEL_VALUES[index] : random.pick(CHANNEL_VALUES),
    ...(index in specialSubjects ? { subject: specialSubjects[index] } : {}),
  }));
}

/** Mostly completed history with a few canceled; every tenth session shares its predecessor's start time. */
function drawnPlans(account: SampleAccount, leadingKinds: readonly SessionKind[], random: Random, now: Date): SessionPlan[] {
  const plans: SessionPlan[] = leadingKinds.map((kind) => ({ kind }));
  let previousStart: Date | undefined;
  while (plans.length < account.sessionCount) {
    const kind: SessionKind = random.chance(0.08) ? "canceled" : "completed";
    const shareStart = previousStart !== undefined && plans.length % 10 === 9;
    const startedAt = shareStart && previousStart ? previousStart : minutesBefore(now, random.integer(24 * 60, 730 * 24 * 60));
    plans.push({ kind, startedAt });
    previousStart = startedAt;
  }
  return plans;
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

function uniqueIdSource(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    let id = random.guid();
    while (used.has(id)) id = random.guid();
    used.add(id);
    return id;
  };
}
