import { useCallback, useRef, useState } from "react";
import type { LoadError } from "../../data/loadError";
import { toLoadError } from "../../data/loadError";
import type { RegardingRecord } from "../../data/sessionRepository";
import type { Settings } from "../../settings";
import type { ControlServices } from "../services";
import { useLiveness } from "./useLiveness";

export interface StartSession {
  start(): void;
  starting: boolean;
  error: LoadError | null;
  dismissError(): void;
}

function newSessionSubject(regarding: RegardingRecord, services: ControlServices): string {
  return regarding.name !== ""
    ? services.strings.format("NewSession_Subject", regarding.name)
    : services.strings.get("NewSession_SubjectUnnamed");
}

/**
 * Starts a session regarding the record the way the maker chose. One click makes at most one session:
 * a second start is ignored until the first has finished. A directly created session is then opened
 * through openSession, which reports its own failures.
 */
export function useStartSession(
  regarding: RegardingRecord | null,
  settings: Settings,
  services: ControlServices,
  onStarted: () => void,
  openSession: (sessionId: string) => void,
): StartSession {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<LoadError | null>(null);
  const inFlight = useRef(false);
  const isLive = useLiveness(services.isActive);

  const reportFailure = useCallback(
    (failure: unknown) => {
      if (isLive()) setError(toLoadError(failure, services.isOffline()));
    },
    [services, isLive],
  );

  const startDirectly = useCallback(
    async (record: RegardingRecord) => {
      const sessionId = await services.repository.createSession({
        regarding: record,
        subject: newSessionSubject(record, services),
        navigationProperty: settings.regardingNavigationProperty,
      });
      if (!isLive()) return;
      onStarted();
      openSession(sessionId);
    },
    [services, settings.regardingNavigationProperty, isLive, onStarted, openSession],
  );

  const startThroughQuickCreate = useCallback(
    async (record: RegardingRecord) => {
      const savedId = await services.navigator.openQuickCreateForm(record);
      if (savedId !== null && isLive()) onStarted();
    },
    [services, isLive, onStarted],
  );

  // The main form's promise may never settle (a multi-session app keeps its tab open), so the start is over once
  // the form has been asked to open; the list reloads if and when the platform lets go of the form.
  const startThroughMainForm = useCallback(
    (record: RegardingRecord): Promise<void> => {
      services.navigator.openMainForm(record).then(() => isLive() && onStarted(), reportFailure);
      return Promise.resolve();
    },
    [services, isLive, onStarted, reportFailure],
  );

  const run = useCallback(
    (record: RegardingRecord): Promise<void> => {
      switch (settings.startMode) {
        case "directCreate":
          return startDirectly(record);
        case "quickCreate":
          return startThroughQuickCreate(record);
        case "mainForm":
          return startThroughMainForm(record);
      }
    },
    [settings.startMode, startDirectly, startThroughQuickCreate, startThroughMainForm],
  );

  const start = useCallback(() => {
    if (regarding === null || inFlight.current) return;
    inFlight.current = true;
    setStarting(true);
    setError(null);
    const settle = () => {
      inFlight.current = false;
      if (isLive()) setStarting(false);
    };
    // A platform call that throws instead of rejecting is a failure like any other.
    Promise.resolve()
      .then(() => run(regarding))
      .catch(reportFailure)
      .finally(settle);
  }, [regarding, run, reportFailure, isLive]);

  const dismissError = useCallback(() => setError(null), []);
  return { start, starting, error, dismissError };
}
