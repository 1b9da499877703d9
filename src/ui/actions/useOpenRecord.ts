import type { LoadError } from "../../model";
import type { RootServices } from "../rootProps";
import { useIsAlive } from "../lifecycle/useIsAlive";
import { useCallback, useState } from "../reactBindings";

export interface OpenRecord {
  open(id: string): void;
  error: LoadError | null;
  dismissError(): void;
}

/** What can be opened from a row: the session itself, or the conversation behind it. */
export type OpenableRecord = "openSession" | "openConversation";

/**
 * Opens a session or its conversation through the navigator (a tab in a multi-session app, else its form) and keeps
 * the failure for the agent to read and dismiss.
 */
export function useOpenRecord(which: OpenableRecord, openInNewWindow: boolean, services: RootServices): OpenRecord {
  const [error, setError] = useState<LoadError | null>(null);
  const isLive = useIsAlive(services.isActive);

  const open = useCallback(
    (id: string) => {
      setError(null);
      services.navigator[which](id, openInNewWindow).catch((failure: unknown) => {
        if (isLive()) setError(services.classify(failure));
      });
    },
    [which, openInNewWindow, services, isLive],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { open, error, dismissError };
}
