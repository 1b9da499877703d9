import * as React from "react";
import type { LoadError } from "../../model";
import type { ControlServices } from "../rootProps";
import { useLiveness } from "../lifecycle/useLiveness";

export interface OpenConversation {
  open(conversationId: string): void;
  error: LoadError | null;
  dismissError(): void;
}

/** Opens the conversation behind a session (a tab in a multi-session app, else its form) and keeps its failure. */
export function useOpenConversation(openInNewWindow: boolean, services: ControlServices): OpenConversation {
  const [error, setError] = React.useState<LoadError | null>(null);
  const isLive = useLiveness(services.isActive);

  const open = React.useCallback(
    (conversationId: string) => {
      setError(null);
      services.navigator.openConversation(conversationId, openInNewWindow).catch((failure: unknown) => {
        if (isLive()) setError(services.classify(failure));
      });
    },
    [openInNewWindow, services, isLive],
  );

  const dismissError = React.useCallback(() => setError(null), []);
  return { open, error, dismissError };
}
