import type { LoadError } from "../../model";
import type { RootServices } from "../rootProps";
import { useIsAlive } from "../lifecycle/useIsAlive";
import { useCallback, useState } from "../reactBindings";

export interface OpenSession {
  open(sessionId: string): void;
  error: LoadError | null;
  dismissError(): void;
}

export function useOpenSession(openInNewWindow: boolean, services: RootServices): OpenSession {
  const [error, setError] = useState<LoadError | null>(null);
  const isLive = useIsAlive(services.isActive);

  const open = useCallback(
    (sessionId: string) => {
      setError(null);
      services.navigator.openSession(sessionId, openInNewWindow).catch((failure: unknown) => {
        if (isLive()) setError(services.classify(failure));
      });
    },
    [openInNewWindow, services, isLive],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { open, error, dismissError };
}
