/**
 * The BCP 47 locale of every language the control ships a resx for, by the LCID the platform gives as
 * `userSettings.languageId`. Plural rules must match the strings the agent reads, so a language without a resx of
 * its own counts like English, the solution's base language.
 */
export const LOCALE_BY_LANGUAGE_ID: Readonly<Record<number, string>> = {
  1025: "ar-SA",
  1031: "de-DE",
  1033: "en-US",
  1036: "fr-FR",
  1041: "ja-JP",
  3082: "es-ES",
};

export const BASE_LOCALE = "en-US";

/**
 * The Intl object for the locale asked for, kept while the locale stays the same: building one costs far more than
 * using it, and the user's language changes seldom (the workbench's switch, or never in an app).
 */
export function forLastLocale<T>(create: (locale: string) => T): (locale: string) => T {
  let cached: { locale: string; value: T } | null = null;
  return (locale) => {
    if (cached?.locale !== locale) cached = { locale, value: create(locale) };
    return cached.value;
  };
}

export function localeOfLanguage(languageId: number | undefined): string {
  return (languageId !== undefined ? LOCALE_BY_LANGUAGE_ID[languageId] : undefined) ?? BASE_LOCALE;
}
