import type { IncomingHttpHeaders } from "node:http";

/**
 * The language Dataverse answers labels in. Dataverse takes it from the calling user's settings on the server (the
 * UI language the user chose, among the installed language packs); a request carries no language. The workbench has
 * no users, so its host page sends the language its Language switch chose in this header, as the stand-in for that
 * server-side setting (`workbench/client/context/webApi.ts`). The control never sees or sets it.
 */
export const USER_LANGUAGE_HEADER = "X-Workbench-User-Language";

/** The organization's base language: what a label without a translation, or a request without a language, gets. */
export const BASE_LANGUAGE_ID = 1033;

/** The user's language (an LCID) from the stand-in header; the base language when it is missing or not a number. */
export function userLanguageOf(headers: IncomingHttpHeaders): number {
  const value = headers[USER_LANGUAGE_HEADER.toLowerCase()];
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  return /^\d{1,5}$/.test(text) ? Number(text) : BASE_LANGUAGE_ID;
}
