/**
 * The bank accounts the workbench seeds. The emulator, the host page and the browser tests all name
 * records through these constants, so a test never depends on a generated value it has to discover.
 */
export interface SampleAccount {
  id: string;
  name: string;
  /** How many sessions regard the account in the seeded data. */
  sessionCount: number;
  /** Why the account exists: what it lets a person or a test see. */
  note: string;
}

export const SAMPLE_ACCOUNTS = {
  everyday: {
    id: "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41",
    name: "Contoso Everyday Checking",
    sessionCount: 24,
    note:
      "one page (fewer than the default 25, with room for one started session) holding every state and all 17 channels, " +
      "and the rows that catch mistakes: an HTML-looking, a 200-character, an empty and a missing subject; subjects with % _ [ ]; " +
      "a session made by hand (no msdyn_sessioncreatedon); open and closed sessions without msdyn_state; a completed one whose stale msdyn_state says Active",
  },
  savings: {
    id: "8d4e6f20-1c3b-4a59-b7e8-2f9a0b1c2d52",
    name: "Fabrikam Business Savings",
    sessionCount: 0,
    note: "no sessions: the empty state, and where tests create sessions without disturbing the others",
  },
  travel: {
    id: "5e9a1c7b-3d24-4f6e-a8b1-7c2d3e4f5a86",
    name: "Litware Travel Card",
    sessionCount: 3,
    note: "a short history (one open, two closed) over three channels: counts and filters with small numbers",
  },
  mortgage: {
    id: "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e74",
    name: "Woodgrove Mortgage Account",
    sessionCount: 40,
    note: "a busy customer: two pages at the default page size, for Load more and keyboard tests",
  },
  premier: {
    id: "b1c2d3e4-f5a6-4b7c-8d9e-0a1b2c3d4e63",
    name: "Northwind Premier Account",
    sessionCount: 600,
    note: "a long history over several channels: paging, counts and filters at scale",
  },
  switcher: {
    id: "e2a4c6d8-1f3b-4d5e-9a7c-6b8d0f2e4a95",
    name: "Tailspin Current Account",
    sessionCount: 60,
    note:
      "a customer who moved from live chat to voice: twenty weeks of history, mostly chat until eight weeks ago and mostly calls since, " +
      "for the history chart (the switch shows at a glance)",
  },
} as const satisfies Record<string, SampleAccount>;

export const SAMPLE_SEED = 20261128;
