import type { LabelTranslations, OptionLabels } from "./optionSets";

/*
 * The session columns' labels in the languages the control ships (German 1031, French 1036, Spanish 3082, Japanese
 * 1041, Arabic 1025), as a Dataverse with those language packs answers them. No public source lists these option
 * sets' labels per language, so each term says where it comes from:
 *
 * [activity]  learn.microsoft.com/de-de/power-apps/developer/data-platform/activitypointer-activity-entity
 *             ("ActivityPointer.StateCode definiert vier Optionen": Offen, Abgeschlossen, Storniert, Geplant).
 * [states]    learn.microsoft.com/{de-de,fr-fr,es-es,ja-jp,ar-sa}/dynamics365/customer-service/oc-conversation-state,
 *             Customer Service's own terms for Open, Active, Wrap-up, Closed, Scheduled, Live chat and Voice
 *             (collected in docs/languages.md).
 * [resx]      Not found on a Microsoft page: the term the control's translators chose (strings/*.resx). Unconfirmed;
 *             replace it when a Microsoft source turns up.
 *
 * Options without a term here (brand names, msdyn_state "Default", every closure reason) answer the base language's
 * label, as Dataverse does for a label without a translation (see `choiceLabel`).
 */

type ActivityStateWords = readonly [open: string, completed: string, canceled: string, scheduled: string];

const ACTIVITY_STATE_WORDS: Readonly<Record<number, ActivityStateWords>> = {
  1031: ["Offen", "Abgeschlossen", "Storniert", "Geplant"], // [activity]
  1036: ["Ouvert", "Terminé", "Annulé", "Planifié"], // [states] Ouvert, Planifié; [resx] Terminé, Annulé
  3082: ["Abierto", "Completado", "Cancelado", "Programado"], // [states] Abierto, Programado; [resx] Completado, Cancelado
  1041: ["オープン", "完了", "キャンセル済み", "スケジュール済み"], // [states] オープン, スケジュール済み; [resx] 完了, キャンセル済み
  1025: ["مفتوحة", "مكتملة", "ملغاة", "مجدولة"], // [states] مفتوحة, مجدولة; [resx] مكتملة, ملغاة
};

/** Activities name statuscode 1–4 like statecode 0–3 (Open, Completed, Canceled, Scheduled). */
function activityLabels(firstValue: number): LabelTranslations {
  const translations: Record<number, OptionLabels> = {};
  for (const [languageId, words] of Object.entries(ACTIVITY_STATE_WORDS)) {
    translations[Number(languageId)] = Object.fromEntries(words.map((word, index) => [firstValue + index, word]));
  }
  return translations;
}

export const STATECODE_TRANSLATIONS: LabelTranslations = activityLabels(0);
export const STATUSCODE_TRANSLATIONS: LabelTranslations = activityLabels(1);

/** msdyn_state: Active, Closed and Wrap-up [states]; New [resx]; Default untranslated. */
export const MSDYN_STATE_TRANSLATIONS: LabelTranslations = {
  1031: { 192350001: "Aktiv", 192350002: "Geschlossen", 192350003: "Neu", 192350004: "Nachbereitung" },
  1036: { 192350001: "Actif", 192350002: "Fermé", 192350003: "Nouveau", 192350004: "Conclusion" },
  3082: { 192350001: "Activo", 192350002: "Cerrado", 192350003: "Nuevo", 192350004: "Conclusión" },
  1041: { 192350001: "アクティブ", 192350002: "クローズ", 192350003: "新規", 192350004: "まとめ" },
  1025: { 192350001: "نشطة", 192350002: "مغلقة", 192350003: "جديدة", 192350004: "الاختتام" },
};

/**
 * msdyn_channel (msdyn_streamsource): Live chat and Voice [states]; Entity Records, Custom, Video, Co-browse, Screen
 * sharing and Voice call [resx]. Brand names (Microsoft Teams, WhatsApp, LINE, …) are the same in every language.
 */
export const CHANNEL_TRANSLATIONS: LabelTranslations = {
  1031: {
    192350000: "Entitätsdatensätze",
    192350002: "Benutzerdefiniert",
    192360000: "Livechat",
    192370000: "Sprache",
    192380000: "Video",
    192390000: "Co-Browsing",
    192400000: "Bildschirmfreigabe",
    192440000: "Sprachanruf",
  },
  1036: {
    192350000: "Enregistrements d’entité",
    192350002: "Personnalisé",
    192360000: "Conversation instantanée",
    192370000: "Voix",
    192380000: "Vidéo",
    192390000: "Co-navigation",
    192400000: "Partage d’écran",
    192440000: "Appel vocal",
  },
  3082: {
    192350000: "Registros de entidad",
    192350002: "Personalizado",
    192360000: "Chat en directo",
    192370000: "Voz",
    192380000: "Vídeo",
    192390000: "Exploración conjunta",
    192400000: "Uso compartido de pantalla",
    192440000: "Llamada de voz",
  },
  1041: {
    192350000: "エンティティ レコード",
    192350002: "カスタム",
    192360000: "ライブ チャット",
    192370000: "音声",
    192380000: "ビデオ",
    192390000: "共同ブラウズ",
    192400000: "画面共有",
    192440000: "音声通話",
  },
  1025: {
    192350000: "سجلات الكيانات",
    192350002: "مخصصة",
    192360000: "الدردشة المباشرة",
    192370000: "الصوت",
    192380000: "الفيديو",
    192390000: "الاستعراض المشترك",
    192400000: "مشاركة الشاشة",
    192440000: "مكالمة صوتية",
  },
};
