import type { LoadError } from "../../model";
import { useIsAlive } from "../lifecycle/useIsAlive";
import type { RootServices } from "../rootProps";
import { useCallback, useState } from "../reactBindings";

export interface OpenConversation {
  open(conversationId: string): void;
  error: LoadError | null;
  dismissError(): void;
}

/** Opens the conversation behind a session (a tab in a multi-session app, else its form) and keeps its failure. */
export function useOpenConversation(openInNewWindow: boolean, services: RootServices): OpenConversation {
  const [error, setError] = useState<LoadError | null>(null);
  const isLive = useIsAlive(services.isActive);

  const open = useCallback(
    (conversationId: string) => {
      setError(null);
      services.navigator.openConversation(conversationId, openInNewWindow).catch((failure: unknown) => {
        if (isLive()) setError(services.classify(failure));
      });
    },
    [openInNewWindow, services, isLive],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { open, error, dismissError };
}
