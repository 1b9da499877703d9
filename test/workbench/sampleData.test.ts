/** @jest-environment node */
import { SAMPLE_ACCOUNTS, SAMPLE_SEED } from "../../workbench/shared/sampleAccounts";
import { generateSampleData, LONG_SUBJECT, SCRIPT_INJECTION_SUBJECT, WILDCARD_SUBJECTS } from "../../workbench/server/dataverse";
import { CHANNEL, CHANNEL_LABELS, MSDYN_STATE } from "../../workbench/server/dataverse/optionSets/optionSets";
import { FIXED_NOW } from "./emulatorServer";

const data = generateSampleData(SAMPLE_SEED, FIXED_NOW);
const sessionsOf = (accountId: string) => data.sessions.filter((session) => session._regardingobjectid_value === accountId);
const everyday = sessionsOf(SAMPLE_ACCOUNTS.everyday.id);
const HOUR_MS = 3_600_000;

describe("generateSampleData", () => {
  it("gives every sample account exactly its declared number of sessions", () => {
    for (const account of Object.values(SAMPLE_ACCOUNTS)) {
      expect(sessionsOf(account.id)).toHaveLength(account.sessionCount);
    }
    expect(data.accounts.map((account) => account.sample_name)).toEqual(Object.values(SAMPLE_ACCOUNTS).map((account) => account.name));
  });

  it("produces identical rows for the same seed and clock", () => {
    expect(generateSampleData(SAMPLE_SEED, FIXED_NOW)).toEqual(data);
  });

  it("produces different rows for a different seed", () => {
    const other = generateSampleData(SAMPLE_SEED + 1, FIXED_NOW);
    expect(other.sessions.map((session) => session.activityid)).not.toEqual(data.sessions.map((session) => session.activityid));
  });

  it("keeps every activityid unique", () => {
    const ids = data.sessions.map((session) => session.activityid);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers every state of a session in the everyday account, and msdyn_state missing or stale", () => {
    const states = new Set(everyday.map((session) => `${session.statecode}/${session.statuscode}/${session.msdyn_state}`));
    expect(states).toEqual(
      new Set([
        `0/1/${MSDYN_STATE.active}`,
        `0/1/${MSDYN_STATE.wrapUp}`,
        `0/1/${MSDYN_STATE.new}`,
        `0/1/null`,
        `1/2/${MSDYN_STATE.closed}`,
        `1/2/null`,
        `1/2/${MSDYN_STATE.active}`,
        `2/3/${MSDYN_STATE.closed}`,
        `3/4/${MSDYN_STATE.new}`,
      ]),
    );
  });

  it("has a session made by hand in the everyday account: open, no msdyn_sessioncreatedon, no msdyn_state, no platform session id", () => {
    const handMade = everyday.filter((session) => session.msdyn_sessionid === null);
    expect(handMade).toHaveLength(1);
    expect(handMade[0]).toMatchObject({ statecode: 0, statuscode: 1, msdyn_state: null, msdyn_sessioncreatedon: null, actualstart: null, ownerTable: "systemuser" });
    expect(Date.parse(handMade[0].createdon)).toBeGreaterThan(FIXED_NOW.getTime() - 10 * 60_000);
  });

  it("spreads the drawn accounts over several channels, with some missing, stale and hand-made state", () => {
    const premier = sessionsOf(SAMPLE_ACCOUNTS.premier.id);
    const channels = new Set(premier.map((session) => session.msdyn_channel));
    expect(channels.size).toBeGreaterThanOrEqual(5);
    expect(premier.filter((session) => session.msdyn_state === null && session.msdyn_sessionid !== null).length).toBeGreaterThan(0);
    expect(premier.filter((session) => session.statecode !== 0 && session.msdyn_state === MSDYN_STATE.active).length).toBeGreaterThan(0);
    expect(premier.filter((session) => session.msdyn_sessioncreatedon === null).length).toBeGreaterThan(0);
    expect(new Set(sessionsOf(SAMPLE_ACCOUNTS.travel.id).map((session) => session.msdyn_channel)).size).toBe(3);
  });

  it("gives every Omnichannel session a conversation and no session made by hand one; transfers share a conversation", () => {
    const omnichannel = data.sessions.filter((session) => session.msdyn_sessionid !== null);
    const handMade = data.sessions.filter((session) => session.msdyn_sessionid === null);
    expect(handMade.length).toBeGreaterThan(0);
    expect(handMade.every((session) => session._msdyn_liveworkitemid_value === null)).toBe(true);
    expect(omnichannel.every((session) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(session._msdyn_liveworkitemid_value ?? ""))).toBe(true);
    const conversations = new Set(omnichannel.map((session) => session._msdyn_liveworkitemid_value));
    expect(conversations.size).toBeLessThan(omnichannel.length);
    expect(conversations.size).toBeGreaterThan(omnichannel.length * 0.8);
  });

  it("seeds accounts with 0, 3, 40 and 600 sessions", () => {
    expect(Object.values(SAMPLE_ACCOUNTS).map((account) => sessionsOf(account.id).length)).toEqual(expect.arrayContaining([0, 3, 40, 600]));
  });

  it("covers all 17 channels in the everyday account", () => {
    const channels = new Set(everyday.map((session) => session.msdyn_channel));
    expect([...channels].sort()).toEqual(Object.keys(CHANNEL_LABELS).map(Number).sort());
    expect(channels.size).toBe(17);
  });

  it("includes the subjects that prove escaping and fallbacks in the everyday account", () => {
    const subjects = everyday.map((session) => session.subject);
    expect(subjects).toContain(null);
    expect(subjects).toContain("");
    expect(subjects).toContain(SCRIPT_INJECTION_SUBJECT);
    expect(subjects).toContain(LONG_SUBJECT);
    expect(subjects).toEqual(expect.arrayContaining([...WILDCARD_SUBJECTS]));
    expect(LONG_SUBJECT).toHaveLength(200);
  });

  it("starts open sessions within the last hours and closed ones within two years, before now", () => {
    for (const session of data.sessions) {
      const startedAt = Date.parse(session.createdon);
      expect(startedAt).toBeLessThanOrEqual(FIXED_NOW.getTime());
      expect(Date.parse(session.modifiedon)).toBeLessThanOrEqual(FIXED_NOW.getTime());
      if (session.statecode === 0) expect(FIXED_NOW.getTime() - startedAt).toBeLessThan(4 * HOUR_MS);
      else expect(FIXED_NOW.getTime() - startedAt).toBeLessThanOrEqual(731 * 24 * HOUR_MS);
    }
  });

  it("gives closed sessions an end, a duration and a closure reason, and open ones none", () => {
    for (const session of data.sessions) {
      const closed = session.statecode === 1 || session.statecode === 2;
      expect(session.msdyn_sessionclosedon !== null).toBe(closed);
      expect(session.actualdurationminutes !== null).toBe(closed);
      expect(session.msdyn_closurereason !== null).toBe(closed);
    }
  });

  it("has an account that moved from live chat to voice, with history over more than 13 weeks", () => {
    const WEEK_MS = 7 * 24 * HOUR_MS;
    const switcher = sessionsOf(SAMPLE_ACCOUNTS.switcher.id);
    const weeksAgo = (session: (typeof switcher)[number]) => (FIXED_NOW.getTime() - Date.parse(session.createdon)) / WEEK_MS;
    const share = (sessions: typeof switcher, channel: number) => sessions.filter((session) => session.msdyn_channel === channel).length / sessions.length;
    const before = switcher.filter((session) => weeksAgo(session) > 8);
    const since = switcher.filter((session) => weeksAgo(session) <= 8);
    expect(Math.max(...switcher.map(weeksAgo))).toBeGreaterThan(13);
    expect(share(before, CHANNEL.liveChat)).toBeGreaterThan(0.6);
    expect(share(since, CHANNEL.voice)).toBeGreaterThan(0.6);
  });
});
