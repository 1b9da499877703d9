import type { LoadError, LoadErrorKind } from "../model";

/**
 * Throttling and transient failures heal by themselves: at most two retries, honouring Retry-After when the failure
 * carries it, else about 1 s then 2 s, never more than 10 s. The service-protection page asks clients to wait and
 * retry rather than show the error (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits).
 * Everything else (forbidden, not found, bad request, offline) is final at once.
 */
export const RETRY_POLICY = { maxRetries: 2, firstDelayMs: 1000, maxDelayMs: 10_000 } as const;

const RETRYABLE: ReadonlySet<LoadErrorKind> = new Set<LoadErrorKind>(["throttled", "unavailable", "network"]);

/** How long to wait before the next try, or null when the failure is final. */
export function retryDelayMs(error: LoadError, retriesSoFar: number): number | null {
  if (!RETRYABLE.has(error.kind) || retriesSoFar >= RETRY_POLICY.maxRetries) return null;
  const planned = error.retryAfterMs ?? RETRY_POLICY.firstDelayMs * 2 ** retriesSoFar;
  return Math.min(Math.max(0, planned), RETRY_POLICY.maxDelayMs);
}

/** Thrown when the work was no longer wanted (another record, another filter, the control destroyed). */
export class CancelledError extends Error {}

/** Waits, unless cancelled first; the timer never outlives the cancellation. */
export function wait(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new CancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** The final failure after the retries, as the UI renders it. */
export class LoadFailure extends Error {
  constructor(readonly error: LoadError) {
    super();
  }
}

/** Calls `onFailure` with the final error; a load that was cancelled (superseded, destroyed) ends silently. */
export function whenFailed(onFailure: (error: LoadError) => void): (failure: unknown) => void {
  return (failure) => {
    if (failure instanceof LoadFailure) onFailure(failure.error);
  };
}

export interface RetryOptions {
  signal: AbortSignal;
  /** Turns a rejection into the error the policy reads (and the UI shows). */
  classify(failure: unknown): LoadError;
  /** Told before each wait, so the agent sees that the control is trying again. */
  onRetry?(error: LoadError, retry: number, delayMs: number): void;
}

/**
 * Runs the operation, retrying it by RETRY_POLICY. Rejects with a LoadFailure, or with CancelledError once the
 * signal aborts (an answer that arrives after that is dropped). Never call it for a create: a create is not repeated.
 */
export async function withRetries<T>(operation: () => Promise<T>, { signal, classify, onRetry }: RetryOptions): Promise<T> {
  for (let retries = 0; ; retries++) {
    if (signal.aborted) throw new CancelledError();
    let error: LoadError;
    try {
      const result = await operation();
      if (signal.aborted) throw new CancelledError();
      return result;
    } catch (failure) {
      if (failure instanceof CancelledError || signal.aborted) throw new CancelledError();
      error = classify(failure);
    }
    const delay = retryDelayMs(error, retries);
    if (delay === null) throw new LoadFailure(error);
    onRetry?.(error, retries + 1, delay);
    await wait(delay, signal);
  }
}
