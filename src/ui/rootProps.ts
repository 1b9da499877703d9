import type { Theme } from "@fluentui/react-components";
import type { SessionRepository } from "../data/sessionRepository";
import type { HostRecord, LoadError } from "../model";
import type { Formatter } from "../platform/formatting";
import type { SessionNavigator } from "../platform/navigation";
import type { OptionSetLabels } from "../platform/optionSetLabels";
import type { Strings } from "../platform/strings";
import type { Settings } from "../settings";

/** What the UI may use of the platform, created once per control instance and stable across renders. */
export interface RootServices {
  repository: SessionRepository;
  navigator: SessionNavigator;
  strings: Strings;
  formatter: Formatter;
  /** Turns whatever a platform call rejected with into an error the UI can render (offline-aware). */
  classify(failure: unknown): LoadError;
  now(): Date;
  /** False once the control is destroyed: late responses must not touch state then. */
  isActive(): boolean;
  /** Aborted by destroy(): pending retries and timers end with it. */
  lifetime: AbortSignal;
}

export interface RootProps {
  record: HostRecord;
  settings: Settings;
  /** The maker allows starting sessions and the user holds the Create privilege. */
  canStart: boolean;
  /** New session opens a workspace session (multi-session app, template named): no session row is made. */
  startsWorkspaceSession: boolean;
  /** msdyn_channel's options from the table metadata (labels in the user's language); null when not loaded. */
  channelOptionSet: OptionSetLabels | null;
  /** The form is disabled (read-only, inactive record, …). */
  isDisabled: boolean;
  /** The client is offline: sessions are not queried. */
  isOffline: boolean;
  theme: Theme;
  dir: "ltr" | "rtl";
  services: RootServices;
}
