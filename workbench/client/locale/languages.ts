/** The languages a resx can be written for, by LCID. */
const LOCALES: Readonly<Record<number, { locale: string; name: string; isRTL: boolean }>> = {
  1025: { locale: "ar-SA", name: "Arabic", isRTL: true },
  1031: { locale: "de-DE", name: "German", isRTL: false },
  1033: { locale: "en-US", name: "English", isRTL: false },
  1036: { locale: "fr-FR", name: "French", isRTL: false },
  1037: { locale: "he-IL", name: "Hebrew", isRTL: true },
  1040: { locale: "it-IT", name: "Italian", isRTL: false },
  1041: { locale: "ja-JP", name: "Japanese", isRTL: false },
  1043: { locale: "nl-NL", name: "Dutch", isRTL: false },
  1046: { locale: "pt-BR", name: "Portuguese (Brazil)", isRTL: false },
  2052: { locale: "zh-CN", name: "Chinese (Simplified)", isRTL: false },
  3082: { locale: "es-ES", name: "Spanish", isRTL: false },
};

export interface Language {
  languageId: number;
  locale: string;
  name: string;
  isRTL: boolean;
}

export function languageOf(languageId: number): Language {
  const known = LOCALES[languageId];
  return known ? { languageId, ...known } : { languageId, locale: "en-US", name: `LCID ${languageId}`, isRTL: false };
}
