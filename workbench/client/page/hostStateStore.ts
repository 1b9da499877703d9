/**
 * Carries the host state across the page reload npm start watch makes after a build: saved as JSON in
 * sessionStorage just before the reload, taken back (once) when the page starts again. It knows nothing of the
 * switches themselves, so a switch added to HostState later is kept without a change here.
 */
const STORAGE_KEY = "related-sessions-workbench:host-state";

export function saveHostState(state: object): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
}

/** The saved state over the given defaults (see mergeSaved), or the defaults when nothing was saved. */
export function restoreSavedHostState<T extends object>(defaults: T): T {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (saved === null) return defaults;
  sessionStorage.removeItem(STORAGE_KEY);
  try {
    return mergeSaved(defaults, JSON.parse(saved) as unknown);
  } catch {
    return defaults;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Each key of the defaults takes the saved value when it has the same kind; objects (a record, the maker settings)
 * merge key by key the same way. So a key the defaults no longer have is dropped, a new one starts at its default,
 * and a setting whose type changed since it was saved falls back to its default.
 */
export function mergeSaved<T>(defaults: T, saved: unknown): T {
  if (isPlainObject(defaults)) {
    if (!isPlainObject(saved)) return defaults;
    const merged = Object.entries(defaults).map(([key, value]) => [key, key in saved ? mergeSaved(value, saved[key]) : value]);
    return Object.fromEntries(merged) as T;
  }
  if (defaults === null || defaults === undefined) return saved as T;
  if (Array.isArray(defaults)) return (Array.isArray(saved) ? saved : defaults) as T;
  return (typeof saved === typeof defaults ? saved : defaults) as T;
}
