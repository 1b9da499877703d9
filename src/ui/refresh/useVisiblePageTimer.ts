import * as React from "react";
import { useEffect } from "../reactBindings";

function whenPageVisible(call: () => void): () => void {
  return () => {
    if (document.visibilityState !== "hidden") call();
  };
}

/**
 * Calls `onTick` every `everyMs` (never while null) and `onReturn` when the agent comes back to the browser tab, both
 * only while the page is visible: a hidden tab costs no renders and no requests. The latest callbacks are called,
 * so passing new ones restarts nothing.
 */
export function useVisiblePageTimer(everyMs: number | null, onTick: () => void, onReturn: () => void): void {
  const latest = React.useRef({ onTick, onReturn });
  useEffect(() => {
    latest.current = { onTick, onReturn };
  });
  useEffect(() => {
    const onVisibilityChange = whenPageVisible(() => latest.current.onReturn());
    const timer = everyMs === null ? undefined : setInterval(whenPageVisible(() => latest.current.onTick()), everyMs);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [everyMs]);
}
