/** Fixed people and wording for the seeded contact-centre data. Ids are fixed so tests can name them. */
export interface SampleUser {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
}

export interface SampleTeam {
  readonly id: string;
  readonly name: string;
}

/** The signed-in user of the workbench: owner of every session created through the emulator. */
export const WORKBENCH_USER: SampleUser = {
  id: "0a1b2c3d-0000-4000-8000-00000000a001",
  fullName: "Riley Morgan",
  email: "riley.morgan@contoso.example",
};

export const SAMPLE_AGENTS: readonly SampleUser[] = [
  { id: "0a1b2c3d-0000-4000-8000-00000000b001", fullName: "Amara Okafor", email: "amara.okafor@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b002", fullName: "Ben Carter", email: "ben.carter@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b003", fullName: "Chen Wei", email: "chen.wei@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b004", fullName: "Diego Ramírez", email: "diego.ramirez@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b005", fullName: "Elena Petrova", email: "elena.petrova@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b006", fullName: "Farah Haddad", email: "farah.haddad@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b007", fullName: "Grace Kim", email: "grace.kim@contoso.example" },
  { id: "0a1b2c3d-0000-4000-8000-00000000b008", fullName: "Hiroshi Tanaka", email: "hiroshi.tanaka@contoso.example" },
];

export const SAMPLE_TEAM: SampleTeam = { id: "0a1b2c3d-0000-4000-8000-00000000c001", name: "Card Services" };

/** Subjects an agent would write; `{account}` and `{ref}` are filled per session. */
export const SESSION_SUBJECTS: readonly string[] = [
  "Card blocked while travelling",
  "Mortgage rate question",
  "Dispute a card payment",
  "Update address",
  "Overdraft fee refund",
  "Lost debit card",
  "Standing order not paid",
  "Locked out of online banking",
  "Increase card limit",
  "Fraud alert on {account}",
  "International transfer delayed – ref {ref}",
  "Copy of statement for {account}",
  "Cancel a direct debit",
  "Chargeback follow-up – ref {ref}",
  "Interest rate on {account}",
  "Change of name after marriage",
  "Cheque deposit not showing",
  "Add a joint account holder",
  "Loan payoff quote",
  "Payment reversed – case {ref}",
];

export const SESSION_DESCRIPTIONS: readonly (string | null)[] = [
  "Customer verified with security questions.",
  "Called back after the first session dropped.",
  "Customer asked for a written confirmation by email.",
  "Escalated to the back office.",
  null,
  null,
];

/** Everyday-account subjects that prove the UI escapes and truncates what it shows. */
export const SCRIPT_INJECTION_SUBJECT = "<img src=x onerror=alert(1)>";
export const LONG_SUBJECT = buildLongSubject(200);

/**
 * Subjects with LIKE wildcards: a search for "Refund 50%" that does not escape % as [%] also finds the second one,
 * and "[Card]" unescaped matches one character of C, a, r, d.
 */
export const WILDCARD_SUBJECTS: readonly string[] = ["Refund 50% of the card fee", "Refund 500 euros for card_fee", "[Card] replacement"];
/**
 * Subjects that prove the UI isolates text direction: Arabic with English and digits, and a right-to-left override
 * (U+202E) with zero-width characters that, left unisolated, would turn the rest of the row around.
 */
export const BIDI_SUBJECTS: readonly string[] = ["طلب Refund للبطاقة 4411", "\u202Eevil\u202C card 1234\u200b"];

function buildLongSubject(length: number): string {
  const sentence =
    "Customer reports several unrecognised card payments abroad, wants all of them disputed, a new card sent to a temporary address and the travel notice extended until the end of next month; ";
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}
