import type * as React from "react";
import type { IInputs, IOutputs } from "../generated/ManifestTypes";
import { toLoadError } from "./data/loadError";
import { createWebApiSessionRepository } from "./data/sessionRepository";
import { SessionColumn } from "./data/sessionSchema";
import { isClientOffline } from "./platform/client";
import { createFormatter } from "./platform/formatting";
import { localeOfLanguage } from "./platform/locale";
import { createSessionNavigator } from "./platform/navigation";
import { readOptionSetLabels } from "./platform/optionSetLabels";
import type { OptionSetLabels } from "./platform/optionSetLabels";
import { canCreateWorkspaceSession } from "./platform/multiSession";
import { hasCreatePrivilege, hasReadPrivilege } from "./platform/privileges";
import { readHostRecord } from "./platform/recordContext";
import { loadSessionMetadata } from "./platform/sessionMetadata";
import { createStrings } from "./platform/strings";
import { resolveTheme } from "./platform/theme";
import { parseSettings } from "./settings";
import type { RawSettings, Settings } from "./settings";
import { RelatedSessions as RelatedSessionsView } from "./ui/RelatedSessions";
import type { RootServices, RootProps } from "./ui/rootProps";
import { createElement } from "./ui/reactBindings";

type Context = ComponentFramework.Context<IInputs>;

function startsWorkspaceSession({ startMode, sessionTemplate }: Settings): boolean {
  return startMode === "workspaceSession" && sessionTemplate !== null && canCreateWorkspaceSession();
}

/** Every maker setting's raw value under its manifest name, as parseSettings reads them. */
function readSettings({ parameters }: Context): Settings {
  const raw = Object.fromEntries(Object.entries(parameters).map(([name, parameter]) => [name, parameter?.raw]));
  return parseSettings(raw as unknown as RawSettings);
}

interface ControlInstance {
  render(context: Context): React.ReactElement;
  destroy(): void;
}

/**
 * One control instance from init to destroy. Services read the newest context on every call, so they stay the same
 * objects across updateView.
 */
function startControl(initialContext: Context): ControlInstance {
  let context = initialContext;
  let active = true;
  const lifetime = new AbortController();
  /** Whether the user may create sessions: null until the platform has answered, asked once per instance. */
  let createPrivilege: boolean | null = null;
  /**
   * Whether the user may read sessions: all a workspace session needs, as it writes no session row. Asked only in
   * that start mode, once the privilege answer for creating has come (the same metadata makes it trustworthy).
   */
  let readPrivilege: boolean | null = null;
  let privilegeMetadata: unknown;
  let createPrivilegeRequested = false;
  /** The session table's metadata: one getEntityMetadata call per instance, made when first needed. */
  let sessionMetadata: Promise<unknown> | null = null;
  /** msdyn_channel's options from that metadata: null until it has come, or when it had none. */
  let channelOptionSet: OptionSetLabels | null = null;

  /** The one place the control decides it is offline: the props say it to the UI, and failures are classified by it. */
  const isOffline = () => isClientOffline(context.client);
  const locale = () => localeOfLanguage(context.userSettings?.languageId);
  const strings = createStrings(() => context.resources, locale);
  const services: RootServices = {
    repository: createWebApiSessionRepository(() => context, strings.get),
    navigator: createSessionNavigator(() => context.navigation),
    strings,
    formatter: createFormatter(() => context.formatting, () => context.userSettings, locale),
    classify: (failure) => toLoadError(failure, isOffline()),
    now: () => new Date(),
    isActive: () => active,
    lifetime: lifetime.signal,
  };

  const receiveSessionMetadata = (metadata: unknown, askPrivilege: boolean): void => {
    if (!active) return;
    channelOptionSet = readOptionSetLabels(metadata, SessionColumn.channel);
    if (askPrivilege) {
      createPrivilege = hasCreatePrivilege(context.utils, metadata);
      privilegeMetadata = metadata;
    }
    context.factory?.requestRender();
  };

  /**
   * The session table's metadata is needed when the maker lets agents start sessions (the privilege check waits for
   * it) or turned counts off (the channel menu then has no formatted values for its labels); otherwise it is not asked
   * for. Asked once per instance; a maker who turns starting on later (form designer preview) gets the privilege
   * asked then, from the same answer. Until it comes New session stays hidden (it never flashes on and off); the
   * answer then asks the host for a new updateView.
   */
  const requestSessionMetadata = ({ allowStart, showCounts }: Settings): void => {
    const askPrivilege = allowStart && !createPrivilegeRequested;
    if (!askPrivilege && (sessionMetadata !== null || showCounts)) return;
    createPrivilegeRequested ||= askPrivilege;
    sessionMetadata ??= loadSessionMetadata(context.utils);
    void sessionMetadata.then((metadata) => receiveSessionMetadata(metadata, askPrivilege));
  };

  /**
   * A workspace session writes no session row, so where one opens only the read privilege gates New session; every
   * other start (and the workspace mode's fallback to the main form) makes a row and needs the create privilege.
   */
  const mayStart = (settings: Settings): boolean => {
    if (!startsWorkspaceSession(settings)) return createPrivilege === true;
    if (readPrivilege === null && createPrivilege !== null) readPrivilege = hasReadPrivilege(context.utils, privilegeMetadata);
    return readPrivilege === true;
  };

  requestSessionMetadata(readSettings(context));
  return {
    render(next) {
      context = next;
      const settings = readSettings(next);
      requestSessionMetadata(settings);
      const props: RootProps = {
        record: readHostRecord(next),
        settings,
        canStart: settings.allowStart && mayStart(settings),
        startsWorkspaceSession: startsWorkspaceSession(settings),
        channelOptionSet,
        isDisabled: next.mode?.isControlDisabled === true,
        isOffline: isOffline(),
        theme: resolveTheme(next),
        dir: next.userSettings?.isRTL === true ? "rtl" : "ltr",
        services,
      };
      return createElement(RelatedSessionsView, props);
    },
    destroy() {
      active = false;
      lifetime.abort();
    },
  };
}

/** The PCF lifecycle only: it adapts the context to props; the UI decides when to call the Web API. */
export class RelatedSessions implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private instance: ControlInstance;

  public init(context: Context): void {
    this.instance = startControl(context);
  }

  public updateView(context: Context): React.ReactElement {
    return this.instance.render(context);
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    this.instance.destroy();
  }
}
