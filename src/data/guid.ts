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

/** A new random (version 4) GUID, for a record whose id the control chooses itself. */
export function newGuid(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
