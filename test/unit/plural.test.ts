import { BASE_LOCALE, forLastLocale, localeOfLanguage } from "../../src/platform/locale";
import { createStrings } from "../../src/platform/strings";
import { describeCount } from "../../src/ui/list/sessionText";
import { fakeFormatter } from "../fixtures/formatter";
import { loadStrings } from "../fixtures/resx";

// A real plural key with made-up forms, so every category shows which one was picked.
const COUNT = "Header_Count";
const CATEGORY_FORMS: Record<string, string> = {
  Header_Count_zero: "zero:{0}",
  Header_Count_one: "one:{0}",
  Header_Count_two: "two:{0}",
  Header_Count_few: "few:{0}",
  Header_Count_many: "many:{0}",
  Header_Count_other: "other:{0}",
};

function stringsIn(locale: string, table: Record<string, string> = CATEGORY_FORMS) {
  return createStrings(() => ({ getString: (key) => table[key] ?? key, getResource: jest.fn() }), () => locale);
}

const formatter = fakeFormatter();

describe("plural", () => {
  it.each([
    [0, "zero:0"],
    [1, "one:1"],
    [2, "two:2"],
    [3, "few:3"],
    [10, "few:10"],
    [11, "many:11"],
    [99, "many:99"],
    [100, "other:100"],
    [102, "other:102"],
  ])("picks Arabic's category for %p: %p", (count, text) => {
    expect(stringsIn("ar-SA").plural(COUNT, count, String(count))).toBe(text);
  });

  it("counts 0 and 1 as 'one' in French, 2 as 'other' and a million as 'many'", () => {
    const french = stringsIn("fr-FR");
    expect([0, 1, 2, 1_000_000].map((count) => french.plural(COUNT, count, String(count)))).toEqual(["one:0", "one:1", "other:2", "many:1000000"]);
  });

  it("counts 0 as 'other' and 1 as 'one' in English and German", () => {
    for (const locale of ["en-US", "de-DE"]) {
      expect([0, 1, 2].map((count) => stringsIn(locale).plural(COUNT, count, String(count)))).toEqual(["other:0", "one:1", "other:2"]);
    }
  });

  it("uses 'other' for every count in Japanese", () => {
    expect([0, 1, 2, 11].map((count) => stringsIn("ja-JP").plural(COUNT, count, String(count)))).toEqual(["other:0", "other:1", "other:2", "other:11"]);
  });

  it("falls back to <key>_other when the resx lacks the category, and to the key when it lacks that too", () => {
    expect(stringsIn("ar-SA", { Header_Count_other: "{0} x" }).plural(COUNT, 2, "2")).toBe("2 x");
    expect(stringsIn("ar-SA", {}).plural(COUNT, 2, "2")).toBe("Header_Count_other");
  });

  it("follows the locale when the user's language changes between calls", () => {
    let locale = "en-US";
    const strings = createStrings(() => ({ getString: (key) => CATEGORY_FORMS[key] ?? key, getResource: jest.fn() }), () => locale);
    expect(strings.plural(COUNT, 0, "0")).toBe("other:0");
    locale = "ar-SA";
    expect(strings.plural(COUNT, 0, "0")).toBe("zero:0");
  });
});

describe("localeOfLanguage", () => {
  it.each([
    [1033, "en-US"],
    [1031, "de-DE"],
    [1036, "fr-FR"],
    [3082, "es-ES"],
    [1041, "ja-JP"],
    [1025, "ar-SA"],
  ])("maps LCID %p to %p", (languageId, locale) => {
    expect(localeOfLanguage(languageId)).toBe(locale);
  });

  it("counts like English for a language the control has no resx for, or none at all", () => {
    expect(localeOfLanguage(1040)).toBe(BASE_LOCALE);
    expect(localeOfLanguage(undefined)).toBe("en-US");
  });
});

describe("forLastLocale", () => {
  it("builds the Intl object once while the language stays, and again when it changes", () => {
    const create = jest.fn((locale: string) => new Intl.PluralRules(locale));
    const rulesFor = forLastLocale(create);
    const english = rulesFor("en-US");
    expect(rulesFor("en-US")).toBe(english);
    expect(create).toHaveBeenCalledTimes(1);
    expect(rulesFor("ar-SA").select(2)).toBe("two");
    expect(create).toHaveBeenLastCalledWith("ar-SA");
    expect(rulesFor("en-US")).not.toBe(english);
    expect(create).toHaveBeenCalledTimes(3);
  });
});

describe("the header count in the shipped languages", () => {
  function countIn(languageId: number, count: number, hasMore = false): string {
    const table = loadStrings(languageId);
    const strings = createStrings(() => ({ getString: (key) => table.get(key) ?? key, getResource: jest.fn() }), () => localeOfLanguage(languageId));
    return describeCount(count, hasMore, strings, formatter);
  }

  it("says one session in the singular and more in the plural", () => {
    expect([countIn(1033, 1), countIn(1033, 2), countIn(1033, 25, true)]).toEqual(["1 session", "2 sessions", "25+ sessions"]);
    expect([countIn(1031, 1), countIn(1031, 2)]).toEqual(["1 Sitzung", "2 Sitzungen"]);
    expect([countIn(1036, 0), countIn(1036, 1), countIn(1036, 2)]).toEqual(["0 session", "1 session", "2 sessions"]);
    expect([countIn(3082, 1), countIn(3082, 2)]).toEqual(["1 sesión", "2 sesiones"]);
    expect([countIn(1041, 1), countIn(1041, 25, true)]).toEqual(["1 件のセッション", "25 件以上のセッション"]);
  });

  it("uses Arabic's six forms", () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => countIn(1025, count))).toEqual([
      "لا توجد جلسات",
      "جلسة واحدة",
      "جلستان",
      "3 جلسات",
      "11 جلسة",
      "100 جلسة",
    ]);
  });
});
