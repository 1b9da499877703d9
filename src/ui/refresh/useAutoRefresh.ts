import * as React from "react";
import { MINUTE } from "../../durations";
import { useEffect } from "../reactBindings";

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

function pageIsVisible(): boolean {
  return typeof document === "undefined" || document.visibilityState !== "hidden";
}

/**
 * Keeps the list current without costing calls for nothing: when the agent comes back to the tab and the list is more
 * than a minute old, it refreshes once; when the maker asked for polling, it polls only while an open session is
 * listed and the page is visible. Nothing else adds requests.
 */
export function useAutoRefresh({ loadedAt, showsOpenSession, pollEveryMs, now, refreshQuietly }: AutoRefreshOptions): void {
  const latest = React.useRef({ loadedAt, now, refreshQuietly });
  useEffect(() => {
    latest.current = { loadedAt, now, refreshQuietly };
  });

  useEffect(() => {
    if (typeof document === "undefined") return undefined;
    const onVisibilityChange = () => {
      const { loadedAt: loaded, now: clock, refreshQuietly: refresh } = latest.current;
      if (!pageIsVisible() || loaded === null) return;
      if (clock().getTime() - loaded.getTime() > STALE_AFTER_MS) refresh();
    };
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => document.removeEventListener("visibilitychange", onVisibilityChange);
  }, []);

  const polling = pollEveryMs !== null && showsOpenSession && loadedAt !== null;
  useEffect(() => {
    if (!polling || pollEveryMs === null) return undefined;
    const timer = setInterval(() => {
      if (pageIsVisible()) latest.current.refreshQuietly();
    }, pollEveryMs);
    return () => clearInterval(timer);
  }, [polling, pollEveryMs]);
}
