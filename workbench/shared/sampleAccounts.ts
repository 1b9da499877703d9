/**
 * The bank accounts the workbench seeds. The emulator, the host page and the browser tests all name
 * records through these constants, so a test never depends on a generated value it has to discover.
 */
export interface SampleAccount {
  id: string;
  name: string;
  /** How many sessions regard the account in the seeded data. */
  sessionCount: number;
  note: string;
}

export const SAMPLE_ACCOUNTS = {
  everyday: {
    id: "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41",
    name: "Contoso Everyday Checking",
    sessionCount: 20,
    note: "a handful of sessions covering every state and channel",
  },
  savings: {
    id: "8d4e6f20-1c3b-4a59-b7e8-2f9a0b1c2d52",
    name: "Fabrikam Business Savings",
    sessionCount: 0,
    note: "no sessions yet",
  },
  premier: {
    id: "b1c2d3e4-f5a6-4b7c-8d9e-0a1b2c3d4e63",
    name: "Northwind Premier Account",
    sessionCount: 640,
    note: "several hundred sessions, for paging",
  },
  mortgage: {
    id: "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e74",
    name: "Woodgrove Mortgage Account",
    sessionCount: 37,
    note: "a busy customer with two pages at the default page size",
  },
} as const satisfies Record<string, SampleAccount>;

export const SAMPLE_SEED = 20261128;
