import type { Theme } from "@fluentui/react-components";
import type { SessionRepository } from "../data/sessionRepository";
import type { Formatter } from "../platform/formatting";
import type { SessionNavigator } from "../platform/navigation";
import type { HostRecord } from "../platform/recordContext";
import type { Strings } from "../platform/strings";
import type { Settings } from "../settings";

/** What the UI may use of the platform, created once per control instance and stable across renders. */
export interface ControlServices {
  repository: SessionRepository;
  navigator: SessionNavigator;
  strings: Strings;
  formatter: Formatter;
  isOffline(): boolean;
  now(): Date;
  /** False once the control is destroyed: late responses must not touch state then. */
  isActive(): boolean;
}

export interface RelatedSessionsProps {
  record: HostRecord;
  settings: Settings;
  /** The maker allows starting sessions and the user holds the Create privilege. */
  canStart: boolean;
  /** The form is disabled (read-only, inactive record, …). */
  isDisabled: boolean;
  theme: Theme;
  dir: "ltr" | "rtl";
  services: ControlServices;
}
