import { MINUTE } from "../../durations";
import type { SessionListState } from "../list/sessionListState";
import { useVisiblePageTimer } from "./useVisiblePageTimer";

/** A list older than this is refreshed when the agent comes back to the browser tab. */
const STALE_AFTER_MS = MINUTE;

/**
 * Keeps the list current without costing calls for nothing: when the agent comes back to the tab and the list is more
 * than a minute old, it refreshes once; when the maker asked for polling (every `pollEverySeconds`, null when off), it
 * polls only while an open session is listed (only then can polling find news) and the page is visible. Nothing else
 * adds requests. `refreshQuietly` reloads without taking the rows off the screen or showing a spinner.
 */
export function useAutoRefresh(list: SessionListState, pollEverySeconds: number | null, now: () => Date, refreshQuietly: () => void): void {
  const loadedAt = list.phase === "ready" ? list.receivedAt : null;
  const showsOpenSession = list.phase === "ready" && list.sessions.some(({ status }) => status.tone === "active" || status.tone === "waiting");
  useVisiblePageTimer(pollEverySeconds !== null && showsOpenSession ? pollEverySeconds * 1000 : null, refreshQuietly, () => {
    if (loadedAt !== null && now().getTime() - loadedAt.getTime() > STALE_AFTER_MS) refreshQuietly();
  });
}
