import type { PluralStringKey, StringKey } from "../../generated/StringKeys";
import { forLastLocale } from "./locale";

export type { PluralStringKey, StringKey } from "../../generated/StringKeys";

export interface Strings {
  get(key: StringKey): string;
  /** Replaces {0}, {1}, … with the arguments, as the resx strings are written. */
  format(key: StringKey, ...args: string[]): string;
  /**
   * The resx string `<key>_<category>` for `count` in the user's language (categories from Intl.PluralRules: zero,
   * one, two, few, many, other), else `<key>_other`; placeholders filled like format. By convention {0} is the count.
   */
  plural(key: PluralStringKey, count: number, ...args: string[]): string;
  /** Orders two texts as the user's language sorts them, not as the browser's does. */
  compare(a: string, b: string): number;
}

/** A key whose string takes a record's name, beside its form for a record without one: List_Label, List_LabelUnnamed. */
export type NamedKey = Extract<WithoutUnnamed<StringKey>, StringKey>;
type WithoutUnnamed<Key> = Key extends `${infer Named}Unnamed` ? Named : never;

/** `key`'s string with the record's name, or its Unnamed form when the record has none. */
export function withName(strings: Strings, key: NamedKey, name: string): string {
  return name !== "" ? strings.format(key, name) : strings.get(`${key}Unnamed`);
}

/** The word with its first letter in upper case, as resx keys spell a value: notFound → NotFound (Error_NotFound). */
export function capitalize<Word extends string>(word: Word): Capitalize<Word> {
  return (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<Word>;
}

export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder);
}

/**
 * Parts of one line ("Started 2:05 PM", "Lasted 5 min") joined as the user's language joins them: through the
 * resx's pair pattern (`pair`, "{0} · {1}" by default), so each language has its own separator and spacing ("・" in
 * Japanese, "،" in Arabic).
 */
export function joinParts(strings: Strings, parts: readonly string[], pair: StringKey = "Separator_Parts"): string {
  return parts.slice(1).reduce((line, part) => strings.format(pair, line, part), parts[0] ?? "");
}

/** @param getLocale the BCP 47 locale of the user's language, read on every call like the resources. */
export function createStrings(getResources: () => ComponentFramework.Resources, getLocale: () => string): Strings {
  // Like the platform, a missing key may come back empty or as the key itself.
  const lookUp = (key: string): string | undefined => {
    const value = getResources().getString(key);
    return typeof value === "string" && value !== "" && value !== key ? value : undefined;
  };
  const get = (key: string): string => lookUp(key) ?? key;
  const pluralRules = forLastLocale((locale) => new Intl.PluralRules(locale));
  return {
    get,
    format: (key, ...args) => fillPlaceholders(get(key), args),
    plural: (key, count, ...args) => {
      const category = pluralRules(getLocale()).select(count);
      return fillPlaceholders(lookUp(`${key}_${category}`) ?? get(`${key}_other`), args);
    },
    compare: (a, b) => a.localeCompare(b, getLocale()),
  };
}
