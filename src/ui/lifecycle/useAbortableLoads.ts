import * as React from "react";
import { useCallback, useEffect, useMemo } from "../reactBindings";

export interface AbortableLoads {
  /** A signal for a new load; the load before it is aborted (its pending retries cancelled, its answer dropped). */
  next(): AbortSignal;
  /** Aborts the load under way, if any, without starting another. */
  cancel(): void;
}

/**
 * Hands out one AbortSignal per load. Starting a load aborts the one before it; so do cancel(), the control's
 * destroy() (the lifetime signal) and unmounting. No timer outlives them.
 */
export function useAbortableLoads(lifetime: AbortSignal): AbortableLoads {
  const current = React.useRef<AbortController | null>(null);

  const cancel = useCallback(() => current.current?.abort(), []);

  useEffect(() => {
    lifetime.addEventListener("abort", cancel);
    return () => {
      lifetime.removeEventListener("abort", cancel);
      cancel();
    };
  }, [lifetime, cancel]);

  const next = useCallback(() => {
    cancel();
    const controller = new AbortController();
    if (lifetime.aborted) controller.abort();
    current.current = controller;
    return controller.signal;
  }, [lifetime, cancel]);

  return useMemo(() => ({ next, cancel }), [next, cancel]);
}
