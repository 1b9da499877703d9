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

/**
 * A new random (version 4) GUID, in lower case, for a record whose id the control chooses itself. randomUUID needs a
 * secure context (https://developer.mozilla.org/docs/Web/API/Crypto/randomUUID): model-driven apps are served over
 * HTTPS, and every browser pcfconfig.json targets has it.
 */
export function newGuid(): string {
  return globalThis.crypto.randomUUID();
}
