import * as React from "react";

/**
 * Hands out one AbortSignal per load. Starting a load aborts the one before it (its pending retries are cancelled and
 * its answer dropped); so do the control's destroy() (the lifetime signal) and unmounting. No timer outlives them.
 */
export function useLoadSignals(lifetime: AbortSignal): () => AbortSignal {
  const current = React.useRef<AbortController | null>(null);

  React.useEffect(() => {
    const cancel = () => current.current?.abort();
    lifetime.addEventListener("abort", cancel);
    return () => {
      lifetime.removeEventListener("abort", cancel);
      cancel();
    };
  }, [lifetime]);

  return React.useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    if (lifetime.aborted) controller.abort();
    current.current = controller;
    return controller.signal;
  }, [lifetime]);
}
