import * as React from "react";
import { newGuid } from "../../data/guid";
import { createSessionOnce } from "../../data/createRecovery";
import { CancelledError, LoadFailure, withRetries } from "../../data/retry";
import type { RetryingRead } from "../../data/sessionRepository";
import type { LoadError, RegardingRecord } from "../../model";
import { WorkspaceSessionFailure } from "../../platform/multiSession";
import { withName } from "../../platform/strings";
import type { Settings } from "../../settings";
import type { RootServices } from "../rootProps";
import { useIsAlive } from "../lifecycle/useIsAlive";
import { useCallback, useState } from "../reactBindings";

export interface StartSession {
  start(): void;
  starting: boolean;
  error: LoadError | null;
  /** The session template a workspace session could not be opened from; null when none failed. */
  failedTemplate: string | null;
  dismissError(): void;
}

/**
 * Starts a session regarding the record the way the maker chose. One agent intent makes at most one session: a
 * second start is ignored until the first is over, and it is over only when the new session is listed. A create is
 * never repeated automatically; when its answer is lost the control looks the session up before the agent is offered
 * to try again. A directly created session is then opened through openSession, which reports its own failures.
 */
export function useStartSession(
  regarding: RegardingRecord | null,
  { startMode, sessionTemplate, regardingNavigationProperty }: Settings,
  services: RootServices,
  onStarted: () => Promise<void>,
  openSession: (sessionId: string) => void,
): StartSession {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<LoadError | null>(null);
  const [failedTemplate, setFailedTemplate] = useState<string | null>(null);
  const inFlight = React.useRef(false);
  const isLive = useIsAlive(services.isActive);

  const start = useCallback(() => {
    if (regarding === null || inFlight.current) return;
    const { navigator, classify } = services;
    const reportFailure = (failure: unknown) => {
      if (failure instanceof CancelledError || !isLive()) return;
      if (failure instanceof WorkspaceSessionFailure) setFailedTemplate(failure.templateName);
      else setError(failure instanceof LoadFailure ? failure.error : classify(failure));
    };
    const reloadIfLive = () => (isLive() ? onStarted() : undefined);
    // The main form's promise may never settle (a multi-session app keeps its tab open), so the start is over once
    // the form has been asked to open; the list reloads if and when the platform lets go of the form.
    const openMainForm = () => void navigator.openMainForm(regarding).then(reloadIfLive, reportFailure);
    const run = async (): Promise<void> => {
      switch (startMode) {
        case "directCreate": {
          const request = { regarding, subject: withName(services.strings, "NewSession_Subject", regarding.name), navigationProperty: regardingNavigationProperty, sessionId: newGuid() };
          const retryRead: RetryingRead = (read) => withRetries(read, { signal: services.lifetime, classify });
          const sessionId = await createSessionOnce(services.repository, request, retryRead, classify);
          await reloadIfLive();
          // A form the agent has left keeps its navigation: the session is made and listed, not opened over where they went.
          if (isLive()) openSession(sessionId);
          return;
        }
        case "quickCreate":
          if ((await navigator.openQuickCreateForm(regarding)) !== null) await reloadIfLive();
          return;
        // A workspace session writes no session row: nothing to reload. Where the app has none (no Microsoft.Apm, or
        // no createSession) or no template is named, New session opens the main form instead, never a dead button.
        case "workspaceSession":
          if (sessionTemplate !== null && (await navigator.startWorkspaceSession(sessionTemplate, regarding))) return;
          return openMainForm();
        case "mainForm":
          return openMainForm();
      }
    };
    inFlight.current = true;
    setStarting(true);
    setError(null);
    setFailedTemplate(null);
    // A platform call that throws instead of rejecting is a failure like any other.
    Promise.resolve()
      .then(run)
      .catch(reportFailure)
      .finally(() => {
        inFlight.current = false;
        if (isLive()) setStarting(false);
      });
  }, [regarding, startMode, sessionTemplate, regardingNavigationProperty, services, onStarted, openSession, isLive]);

  const dismissError = useCallback(() => {
    setError(null);
    setFailedTemplate(null);
  }, []);
  return { start, starting, error, failedTemplate, dismissError };
}
