import { MINUTE } from "../../durations";
import { useVisiblePageTimer } from "./useVisiblePageTimer";

/** A list older than this is refreshed when the agent comes back to the browser tab. */
const STALE_AFTER_MS = MINUTE;

export interface AutoRefreshOptions {
  /** When the shown list was loaded; null while there is none (nothing to keep current). */
  loadedAt: Date | null;
  /** Whether the list shows a session that is still open (only then can polling find news). */
  showsOpenSession: boolean;
  /** The maker's "Refresh every N seconds", in ms; null when off. */
  pollEveryMs: number | null;
  now(): Date;
  /** Reloads without taking the rows off the screen or showing a spinner. */
  refreshQuietly(): void;
}

/**
 * Keeps the list current without costing calls for nothing: when the agent comes back to the tab and the list is more
 * than a minute old, it refreshes once; when the maker asked for polling, it polls only while an open session is
 * listed and the page is visible. Nothing else adds requests.
 */
export function useAutoRefresh({ loadedAt, showsOpenSession, pollEveryMs, now, refreshQuietly }: AutoRefreshOptions): void {
  const polling = pollEveryMs !== null && showsOpenSession && loadedAt !== null;
  useVisiblePageTimer(polling ? pollEveryMs : null, refreshQuietly, () => {
    if (loadedAt !== null && now().getTime() - loadedAt.getTime() > STALE_AFTER_MS) refreshQuietly();
  });
}
