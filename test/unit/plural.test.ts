import { BASE_LOCALE, localeOfLanguage } from "../../src/platform/locale";
import { createStrings } from "../../src/platform/strings";

const CATEGORY_FORMS: Record<string, string> = {
  Count_zero: "zero:{0}",
  Count_one: "one:{0}",
  Count_two: "two:{0}",
  Count_few: "few:{0}",
  Count_many: "many:{0}",
  Count_other: "other:{0}",
};

function stringsIn(locale: string, table: Record<string, string> = CATEGORY_FORMS) {
  return createStrings(() => ({ getString: (key) => table[key] ?? key, getResource: jest.fn() }), () => locale);
}

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
    expect(stringsIn("ar-SA").plural("Count", count, String(count))).toBe(text);
  });

  it("counts 0 and 1 as 'one' in French, 2 as 'other' and a million as 'many'", () => {
    const french = stringsIn("fr-FR");
    expect([0, 1, 2, 1_000_000].map((count) => french.plural("Count", count, String(count)))).toEqual(["one:0", "one:1", "other:2", "many:1000000"]);
  });

  it("counts 0 as 'other' and 1 as 'one' in English and German", () => {
    for (const locale of ["en-US", "de-DE"]) {
      expect([0, 1, 2].map((count) => stringsIn(locale).plural("Count", count, String(count)))).toEqual(["other:0", "one:1", "other:2"]);
    }
  });

  it("uses 'other' for every count in Japanese", () => {
    expect([0, 1, 2, 11].map((count) => stringsIn("ja-JP").plural("Count", count, String(count)))).toEqual(["other:0", "other:1", "other:2", "other:11"]);
  });

  it("falls back to <key>_other when the resx lacks the category, and to the key when it lacks that too", () => {
    expect(stringsIn("ar-SA", { Count_other: "{0} x" }).plural("Count", 2, "2")).toBe("2 x");
    expect(stringsIn("ar-SA", {}).plural("Count", 2, "2")).toBe("Count_other");
  });

  it("follows the locale when the user's language changes between calls", () => {
    let locale = "en-US";
    const strings = createStrings(() => ({ getString: (key) => CATEGORY_FORMS[key] ?? key, getResource: jest.fn() }), () => locale);
    expect(strings.plural("Count", 0, "0")).toBe("other:0");
    locale = "ar-SA";
    expect(strings.plural("Count", 0, "0")).toBe("zero:0");
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
