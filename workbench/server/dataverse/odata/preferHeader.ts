/** The `Prefer` request header preferences the emulator honours. */
export interface Preferences {
  /** Rows per page when the client asked for a valid `odata.maxpagesize` (1–5000). */
  readonly maxPageSize: number | null;
  /** The `odata.include-annotations` patterns, e.g. `["*"]`; null when not asked. */
  readonly annotationPatterns: readonly string[] | null;
  readonly returnRepresentation: boolean;
}

export const MAX_PAGE_SIZE = 5000;

export function parsePreferHeader(header: string | string[] | undefined): Preferences {
  const preferences = new Map<string, string>();
  const text = Array.isArray(header) ? header.join(",") : header ?? "";
  for (const item of splitOutsideQuotes(text)) {
    const separator = item.indexOf("=");
    const name = (separator < 0 ? item : item.slice(0, separator)).trim().toLowerCase();
    const value = separator < 0 ? "" : unquote(item.slice(separator + 1).trim());
    if (name) preferences.set(name, value);
  }
  const pageSize = Number(preferences.get("odata.maxpagesize"));
  const annotations = preferences.get("odata.include-annotations");
  return {
    maxPageSize: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= MAX_PAGE_SIZE ? pageSize : null,
    annotationPatterns: annotations === undefined ? null : splitOutsideQuotes(annotations).map((pattern) => pattern.trim()),
    returnRepresentation: preferences.get("return") === "representation",
  };
}

/**
 * Whether an annotation term is asked for: `*`, `Namespace.*` or the exact term include it,
 * a `-` prefixed pattern excludes it (as the OData `include-annotations` preference defines).
 */
export function isAnnotationRequested(patterns: readonly string[] | null, term: string): boolean {
  if (!patterns) return false;
  const matches = (pattern: string): boolean =>
    pattern === "*" || pattern === term || (pattern.endsWith(".*") && term.startsWith(pattern.slice(0, -1)));
  const excluded = patterns.some((pattern) => pattern.startsWith("-") && matches(pattern.slice(1)));
  return !excluded && patterns.some((pattern) => !pattern.startsWith("-") && matches(pattern));
}

/** The `Preference-Applied` header value for what this response honoured; null when nothing. */
export function appliedPreferences(preferences: Preferences, pagingApplied: boolean): string | null {
  const applied: string[] = [];
  if (pagingApplied && preferences.maxPageSize !== null) applied.push(`odata.maxpagesize=${preferences.maxPageSize}`);
  if (preferences.annotationPatterns) applied.push(`odata.include-annotations="${preferences.annotationPatterns.join(",")}"`);
  if (preferences.returnRepresentation) applied.push("return=representation");
  return applied.length > 0 ? applied.join(",") : null;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (character === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
