import { generateSampleData } from "../../workbench/server/dataverse";
import type { SampleData } from "../../workbench/server/dataverse";
import { createRandom } from "../../workbench/server/dataverse/seed/prng";
import { buildSession } from "../../workbench/server/dataverse/seed/sampleSessions";
import type { SessionKind } from "../../workbench/server/dataverse/seed/sampleSessions";

export interface BenchAccount {
  id: string;
  name: string;
  sessionCount: number;
}

/** Accounts with exactly the session counts the scenarios need, next to (never instead of) the sample accounts. */
export const BENCH_ACCOUNTS = {
  sessions25: { id: "be0c0000-0000-4000-8000-000000000025", name: "Bench Account 25", sessionCount: 25 },
  sessions250: { id: "be0c0000-0000-4000-8000-000000000250", name: "Bench Account 250", sessionCount: 250 },
  sessions500: { id: "be0c0000-0000-4000-8000-000000000500", name: "Bench Account 500", sessionCount: 500 },
  sessions2500: { id: "be0c0000-0000-4000-8000-000000002500", name: "Bench Account 2500", sessionCount: 2500 },
  empty: { id: "be0c0000-0000-4000-8000-000000000000", name: "Bench Account Empty", sessionCount: 0 },
} as const satisfies Record<string, BenchAccount>;

/** Two live sessions on top, then history: mostly completed, some canceled, as the sample accounts have. */
function sessionKinds(count: number, chance: (probability: number) => boolean): SessionKind[] {
  const leading: SessionKind[] = ["active", "wrapUp"];
  return Array.from({ length: count }, (_, index) => leading[index] ?? (chance(0.08) ? "canceled" : "completed"));
}

/** The workbench's sample data plus the bench accounts and their sessions; the same seed gives the same rows. */
export function generateBenchData(seed: number, now: Date): SampleData {
  const data = generateSampleData(seed, now);
  const random = createRandom(seed + 1);
  const usedIds = new Set(data.sessions.map((session) => session.activityid));
  const newId = (): string => {
    let id = random.guid();
    while (usedIds.has(id)) id = random.guid();
    usedIds.add(id);
    return id;
  };
  // Conversations come from a source of their own, so they leave the bench's other rows as they were.
  const conversations = createRandom(seed + 2);
  const template = data.accounts[0];
  const accounts = Object.values(BENCH_ACCOUNTS).map((account) => ({ ...template, sample_bankaccountid: account.id, sample_name: account.name }));
  const sessions = Object.values(BENCH_ACCOUNTS).flatMap((account) =>
    sessionKinds(account.sessionCount, random.chance).map((kind) => buildSession({ kind }, { random, now, account, newId, conversationId: conversations.guid })),
  );
  return { ...data, accounts: [...data.accounts, ...accounts], sessions: [...data.sessions, ...sessions] };
}
