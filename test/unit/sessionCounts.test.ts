import type { SessionCountGroup, SessionCounts } from "../../src/model";
import { channelOptions, describeCounts, statusCount, summarizeCounts, uncountedChannelOptions } from "../../src/ui/counts/sessionCounts";
import { fakeFormatter } from "../fixtures/formatter";
import { englishStrings as english, stringsOf as stringsIn } from "../fixtures/strings";

const OPEN = 0;
const COMPLETED = 1;
const CANCELED = 2;
const SCHEDULED = 3;
const ACTIVE = 192350001;
const CLOSED_STATE = 192350002;
const NEW = 192350003;
const WRAP_UP = 192350004;
const LIVE_CHAT = 192360000;
const VOICE = 192370000;
const SMS = 192340000;

const formatter = fakeFormatter();

function group(stateCode: number | null, sessionState: number | null, count: number, channel: number | null = LIVE_CHAT, channelLabel: string | null = null): SessionCountGroup {
  return { stateCode, sessionState, channel, channelLabel, count };
}

function counts(...groups: SessionCountGroup[]): SessionCounts {
  return { groups };
}

describe("summarizeCounts", () => {
  it("buckets open sessions by msdyn_state and the rest by statecode, in the summary's order", () => {
    const summary = summarizeCounts(
      counts(
        group(COMPLETED, CLOSED_STATE, 30),
        group(CANCELED, null, 7),
        group(OPEN, WRAP_UP, 1),
        group(OPEN, ACTIVE, 2, VOICE),
        group(OPEN, ACTIVE, 1, SMS),
        group(OPEN, NEW, 4),
        group(OPEN, 192350000, 5),
        group(OPEN, null, 1),
        group(SCHEDULED, null, 3),
      ),
    );
    expect(summary).toEqual([
      { bucket: "Active", count: 3 },
      { bucket: "New", count: 4 },
      { bucket: "WrapUp", count: 1 },
      { bucket: "Open", count: 6 },
      { bucket: "Scheduled", count: 3 },
      { bucket: "Closed", count: 37 },
    ]);
  });

  it("leaves out empty buckets and states it does not know", () => {
    expect(summarizeCounts(counts(group(OPEN, ACTIVE, 0), group(COMPLETED, null, 2), group(null, null, 4), group(9, null, 1)))).toEqual([
      { bucket: "Closed", count: 2 },
    ]);
  });

  it("a closed session whose stale msdyn_state says Active still counts as closed", () => {
    expect(summarizeCounts(counts(group(COMPLETED, ACTIVE, 2)))).toEqual([{ bucket: "Closed", count: 2 }]);
  });

  it("summarizes no sessions as nothing", () => {
    expect(summarizeCounts(counts())).toEqual([]);
  });
});

describe("describeCounts", () => {
  const busy = counts(group(OPEN, ACTIVE, 2), group(OPEN, WRAP_UP, 1), group(COMPLETED, null, 37));

  it("tells the buckets in one line", () => {
    expect(describeCounts(summarizeCounts(busy), english, formatter)).toBe("2 active · 1 in wrap-up · 37 closed");
  });

  it.each([
    [1031, "de-DE", "2 aktiv · 1 in Nachbereitung · 37 geschlossen"],
    [1036, "fr-FR", "2 actives · 1 en conclusion · 37 fermées"],
    [3082, "es-ES", "2 activas · 1 en conclusión · 37 cerradas"],
    [1041, "ja-JP", "アクティブ 2 件・まとめ中 1 件・クローズ 37 件"],
    [1025, "ar-SA", "جلستان نشطتان، جلسة واحدة قيد الاختتام، 37 جلسة مغلقة"],
  ])("speaks language %p with its plural forms and its own separator", (languageId, locale, text) => {
    expect(describeCounts(summarizeCounts(busy), stringsIn(languageId, locale), formatter)).toBe(text);
  });

  it.each([
    [3, "3 جلسات مغلقة"],
    [11, "11 جلسة مغلقة"],
    [100, "100 جلسة مغلقة"],
  ])("uses the Arabic form for %p", (count, text) => {
    expect(describeCounts([{ bucket: "Closed", count }], stringsIn(1025, "ar-SA"), formatter)).toBe(text);
  });

  it("says one in the singular where English does", () => {
    expect(describeCounts([{ bucket: "Scheduled", count: 1 }], english, formatter)).toBe("1 scheduled");
  });
});

describe("statusCount", () => {
  const mixed = counts(
    group(OPEN, ACTIVE, 2, VOICE),
    group(OPEN, NEW, 1, LIVE_CHAT),
    group(COMPLETED, null, 10, VOICE),
    group(CANCELED, null, 4, LIVE_CHAT),
    group(SCHEDULED, null, 3, VOICE),
    group(COMPLETED, null, 5, null),
  );

  it.each([
    ["all", [], 25],
    ["active", [], 3],
    ["closed", [], 19],
    ["all", [VOICE], 15],
    ["active", [VOICE], 2],
    ["closed", [VOICE, LIVE_CHAT], 14],
    ["closed", [SMS], 0],
  ] as const)("counts %s sessions on channels %p as %p", (status, channels, count) => {
    expect(statusCount(mixed, status, channels)).toBe(count);
  });
});

describe("channelOptions", () => {
  it("lists each channel once, by label, with its sessions of the chosen status", () => {
    const options = channelOptions(
      counts(group(OPEN, ACTIVE, 2, VOICE, "Voice"), group(COMPLETED, null, 7, VOICE, "Voice"), group(COMPLETED, null, 4, LIVE_CHAT, "Live chat")),
      "active",
      english,
      null,
    );
    expect(options).toEqual([
      { value: LIVE_CHAT, label: "Live chat", count: 0 },
      { value: VOICE, label: "Voice", count: 2 },
    ]);
  });

  it("takes the platform's label first, then the resx label, then the raw value", () => {
    const german = stringsIn(1031, "de-DE");
    const options = channelOptions(counts(group(OPEN, null, 1, VOICE, "Telefon"), group(OPEN, null, 1, LIVE_CHAT, null), group(OPEN, null, 1, 555, "")), "all", german, null);
    expect(options.map((option) => option.label)).toEqual(["555", "Livechat", "Telefon"]);
  });

  it("labels a channel the aggregate sent no label for from the option-set metadata before the resx", () => {
    const metadata = { options: [{ value: 555, label: "Kundenportal" }, { value: LIVE_CHAT, label: "Chat (Metadaten)" }], hidden: [] };
    const options = channelOptions(counts(group(OPEN, null, 1, 555, null), group(OPEN, null, 1, LIVE_CHAT, "Livechat")), "all", stringsIn(1031, "de-DE"), metadata);
    expect(options.map((option) => option.label)).toEqual(["Kundenportal", "Livechat"]);
  });

  it("sorts the labels as the agent's language does, not as the browser's (Spanish sorts Ñ after N; English does not)", () => {
    const customChannels = counts(group(OPEN, null, 1, 555, "Ñandú Seguros"), group(OPEN, null, 1, 556, "Nube"));
    expect(channelOptions(customChannels, "all", stringsIn(3082, "es-ES"), null).map((option) => option.label)).toEqual(["Nube", "Ñandú Seguros"]);
    expect(channelOptions(customChannels, "all", english, null).map((option) => option.label)).toEqual(["Ñandú Seguros", "Nube"]);
  });

  it("leaves out sessions without a channel: there is nothing to choose for them", () => {
    expect(channelOptions(counts(group(COMPLETED, null, 5, null)), "all", english, null)).toEqual([]);
  });
});

describe("uncountedChannelOptions", () => {
  it("lists every channel the control knows with the resx labels when there is no metadata", () => {
    const options = uncountedChannelOptions(null, english);
    expect(options).toHaveLength(17);
    expect(options).toContainEqual({ value: VOICE, label: "Voice", count: null });
  });

  it("lists the metadata's options first in the maker's order, then the known channels it did not list, leaving out hidden ones", () => {
    const metadata = { options: [{ value: VOICE, label: "Sprache" }, { value: 555, label: "Kundenportal" }], hidden: [SMS] };
    const options = uncountedChannelOptions(metadata, stringsIn(1031, "de-DE"));
    expect(options.slice(0, 2)).toEqual([
      { value: VOICE, label: "Sprache", count: null },
      { value: 555, label: "Kundenportal", count: null },
    ]);
    expect(options).toContainEqual({ value: LIVE_CHAT, label: "Livechat", count: null });
    expect(options.map(({ value }) => value)).not.toContain(SMS);
    expect(options).toHaveLength(2 + 17 - 2);
  });
});
