import * as React from "react";
import type { LoadError } from "../../model";
import type { ControlServices } from "../rootProps";
import { useLiveness } from "../lifecycle/useLiveness";

export interface OpenSession {
  open(sessionId: string): void;
  error: LoadError | null;
  dismissError(): void;
}

export function useOpenSession(openInNewWindow: boolean, services: ControlServices): OpenSession {
  const [error, setError] = React.useState<LoadError | null>(null);
  const isLive = useLiveness(services.isActive);

  const open = React.useCallback(
    (sessionId: string) => {
      setError(null);
      services.navigator.openSession(sessionId, openInNewWindow).catch((failure: unknown) => {
        if (isLive()) setError(services.classify(failure));
      });
    },
    [openInNewWindow, services, isLive],
  );

  const dismissError = React.useCallback(() => setError(null), []);
  return { open, error, dismissError };
}
