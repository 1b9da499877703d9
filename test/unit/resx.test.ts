import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { LOCALE_BY_LANGUAGE_ID } from "../../src/platform/locale";
import type { ResxFile } from "../fixtures/resx";
import { ENGLISH_LANGUAGE_ID, loadAllResx } from "../fixtures/resx";

const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

/** Values that stay as in English on purpose (brand names, words and abbreviations the language shares). */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  all: [
    "Channel_Teams",
    "Channel_WhatsApp",
    "Channel_Line",
    "Channel_WeChat",
    "Channel_Facebook",
    "Channel_Sms",
    "Channel_Twitter",
    "Channel_AppleMessages",
    "Channel_GoogleBusinessMessages",
    "History_ChannelCount",
    "History_ListJoin",
  ],
  1031: ["Channel_Video", "Error_Details", "Separator_Parts"],
  1036: ["Header_Title", "Counts_Active_one", "Header_Count_one", "Header_Count_other", "Header_CountMore_one", "Header_CountMore_other", "Duration_Minutes", "Duration_HoursMinutes", "History_Sessions_one", "History_Sessions_other", "Separator_Parts"],
  3082: ["Property_No", "Duration_Minutes", "Duration_HoursMinutes", "Duration_DaysHours", "Separator_Parts"],
};

const files = loadAllResx();
const english = files[0];
const translations = files.slice(1);

/** Keys that end in _other in English name a plural string; its forms are <base>_<category>. */
const pluralBases = [...english.strings.keys()].filter((key) => key.endsWith("_other")).map((key) => key.slice(0, -"_other".length));

function pluralBaseOf(key: string): string | undefined {
  return pluralBases.find((base) => PLURAL_CATEGORIES.some((category) => key === `${base}_${category}`));
}

function singularKeys(file: ResxFile): string[] {
  return [...file.strings.keys()].filter((key) => pluralBaseOf(key) === undefined).sort();
}

function placeholders(value: string): string[] {
  return [...new Set(value.match(/\{\d+\}/g) ?? [])].sort();
}

function localeOf(file: ResxFile): string {
  const locale = LOCALE_BY_LANGUAGE_ID[file.languageId];
  if (!locale) throw new Error(`${file.path}: no locale for LCID ${file.languageId} in src/platform/locale.ts`);
  return locale;
}

/** A category that only one whole number selects (Arabic zero, one, two) may name the number in words. */
function denotesOneNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1001 }, (_, n) => rules.select(n)).filter((selected) => selected === category).length === 1;
}

function manifestResxPaths(): string[] {
  const xml = readFileSync(join(__dirname, "..", "..", "ControlManifest.Input.xml"), "utf8");
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "resx" });
  const manifest = parser.parse(xml) as { manifest: { control: { resources: { resx: { "@_path": string; "@_version": string }[] } } } };
  return manifest.manifest.control.resources.resx.map((resx) => `${resx["@_path"]}@${resx["@_version"]}`);
}

describe("the resx files", () => {
  it("ship English and the five translations, English first", () => {
    expect(files.map((file) => file.languageId)).toEqual([ENGLISH_LANGUAGE_ID, 1025, 1031, 1036, 1041, 3082]);
  });

  it("are all declared in the manifest, English first, and the manifest declares no other", () => {
    expect(manifestResxPaths()).toEqual(files.map((file) => `${file.path}@1.0.0`));
  });

  it.each(files.map((file) => [file.path, file] as const))("%s has a locale and the English file's resx headers, and preserves every value's spaces", (_path, file) => {
    expect(localeOf(file)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(file.headers).toEqual(english.headers);
    expect(file.unpreservedKeys).toEqual([]);
  });

  it.each(files.map((file) => [file.path, file] as const))("%s gives each plural string exactly the forms its language's plural rules select", (_path, file) => {
    const expected = [...new Intl.PluralRules(localeOf(file)).resolvedOptions().pluralCategories].sort();
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const present = PLURAL_CATEGORIES.filter((category) => file.strings.has(`${base}_${category}`));
      expect({ base, categories: [...present].sort() }).toEqual({ base, categories: expected });
    }
  });
});

describe.each(translations.map((file) => [file.path, file] as const))("%s", (_path, file) => {
  it("has every key English has and none it lacks", () => {
    expect(singularKeys(file)).toEqual(singularKeys(english));
    const bases = [...new Set([...file.strings.keys()].map(pluralBaseOf).filter((base) => base !== undefined))].sort();
    expect(bases).toEqual([...pluralBases].sort());
  });

  it("keeps the placeholders of every English string", () => {
    const broken = singularKeys(english).filter((key) => placeholders(file.strings.get(key) ?? "").join() !== placeholders(english.strings.get(key) ?? "").join());
    expect(broken).toEqual([]);
  });

  it("keeps the placeholders of the English plural in every form, naming the count in words only where one number is meant", () => {
    const problems: string[] = [];
    for (const base of pluralBases) {
      const wanted = placeholders(english.strings.get(`${base}_other`) ?? "");
      for (const category of PLURAL_CATEGORIES) {
        const value = file.strings.get(`${base}_${category}`);
        if (value === undefined) continue;
        const found = placeholders(value);
        const mayOmitCount = denotesOneNumber(localeOf(file), category) && wanted.filter((placeholder) => placeholder !== "{0}").join() === found.join();
        if (found.join() !== wanted.join() && !mayOmitCount) problems.push(`${base}_${category}: ${value}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("translates every string (nothing empty, nothing left in English unless listed as shared)", () => {
    const shared = new Set([...SAME_AS_ENGLISH.all, ...(SAME_AS_ENGLISH[file.languageId] ?? [])]);
    const untranslated = [...file.strings.entries()]
      .filter(([key, value]) => value.trim() === "" || (value === english.strings.get(key) && !shared.has(key)))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
