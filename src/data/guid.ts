const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Returns the GUID in lower case without braces, or null when the value is not exactly one GUID.
 * Only values that pass here are ever written into a query string.
 */
export function normalizeGuid(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let candidate = value.trim().toLowerCase();
  if (candidate.startsWith("{") && candidate.endsWith("}")) candidate = candidate.slice(1, -1);
  return GUID_PATTERN.test(candidate) ? candidate : null;
}
