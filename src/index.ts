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

/** The PCF lifecycle only: it adapts the context to props; the UI decides when to call the Web API. */
export class RelatedSessions implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private context: Context;
  private services: RootServices;
  private active = false;
  private readonly lifetime = new AbortController();
  /** Whether the user may create sessions: null until the platform has answered, asked once per instance. */
  private createPrivilege: boolean | null = null;
  /**
   * Whether the user may read sessions: all a workspace session needs, as it writes no session row. Asked only in
   * that start mode, once the privilege answer for creating has come (the same metadata makes it trustworthy).
   */
  private readPrivilege: boolean | null = null;
  private privilegeMetadata: unknown = undefined;
  private createPrivilegeRequested = false;
  /** The session table's metadata: one getEntityMetadata call per instance, made when first needed. */
  private sessionMetadata: Promise<unknown> | null = null;
  /** msdyn_channel's options from that metadata: null until it has come, or when it had none. */
  private channelOptionSet: OptionSetLabels | null = null;

  public init(context: Context): void {
    this.context = context;
    this.active = true;
    this.services = this.createServices();
    this.requestSessionMetadata(this.readSettings(context));
  }

  public updateView(context: Context): React.ReactElement {
    this.context = context;
    return createElement(RelatedSessionsView, this.toProps(context));
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    this.active = false;
    this.lifetime.abort();
  }

  /** The one place the control decides it is offline: the props say it to the UI, and failures are classified by it. */
  private isOffline(): boolean {
    return isClientOffline(this.context.client);
  }

  // Services read the newest context on every call, so they stay the same objects across updateView.
  private createServices(): RootServices {
    const strings = createStrings(
      () => this.context.resources,
      () => localeOfLanguage(this.context.userSettings?.languageId),
    );
    return {
      repository: createWebApiSessionRepository(() => this.context, strings.get),
      navigator: createSessionNavigator(() => this.context.navigation),
      strings,
      formatter: createFormatter(
        () => this.context.formatting,
        () => this.context.userSettings,
        () => localeOfLanguage(this.context.userSettings?.languageId),
      ),
      classify: (failure) => toLoadError(failure, this.isOffline()),
      now: () => new Date(),
      isActive: () => this.active,
      lifetime: this.lifetime.signal,
    };
  }

  /**
   * The session table's metadata is needed when the maker lets agents start sessions (the privilege check waits for
   * it) or turned counts off (the channel menu then has no formatted values for its labels); otherwise it is not asked
   * for. Asked once per instance; a maker who turns starting on later (form designer preview) gets the privilege
   * asked then, from the same answer. Until it comes New session stays hidden (it never flashes on and off); the
   * answer then asks the host for a new updateView.
   */
  private requestSessionMetadata({ allowStart, showCounts }: Settings): void {
    const askPrivilege = allowStart && !this.createPrivilegeRequested;
    if (!askPrivilege && (this.sessionMetadata !== null || showCounts)) return;
    this.createPrivilegeRequested ||= askPrivilege;
    this.sessionMetadata ??= loadSessionMetadata(this.context.utils);
    void this.sessionMetadata.then((metadata) => this.receiveSessionMetadata(metadata, askPrivilege));
  }

  private receiveSessionMetadata(metadata: unknown, askPrivilege: boolean): void {
    if (!this.active) return;
    this.channelOptionSet = readOptionSetLabels(metadata, SessionColumn.channel);
    if (askPrivilege) {
      this.createPrivilege = hasCreatePrivilege(this.context.utils, metadata);
      this.privilegeMetadata = metadata;
    }
    this.context.factory?.requestRender();
  }

  /** Every maker setting's raw value under its manifest name, as parseSettings reads them. */
  private readSettings({ parameters }: Context): Settings {
    const raw = Object.fromEntries(Object.entries(parameters).map(([name, parameter]) => [name, parameter?.raw]));
    return parseSettings(raw as unknown as RawSettings);
  }

  /**
   * A workspace session writes no session row, so where one opens only the read privilege gates New session; every
   * other start (and the workspace mode's fallback to the main form) makes a row and needs the create privilege.
   */
  private mayStart(settings: Settings): boolean {
    if (!startsWorkspaceSession(settings)) return this.createPrivilege === true;
    if (this.readPrivilege === null && this.createPrivilege !== null) this.readPrivilege = hasReadPrivilege(this.context.utils, this.privilegeMetadata);
    return this.readPrivilege === true;
  }

  private toProps(context: Context): RootProps {
    const settings = this.readSettings(context);
    this.requestSessionMetadata(settings);
    return {
      record: readHostRecord(context),
      settings,
      canStart: settings.allowStart && this.mayStart(settings),
      startsWorkspaceSession: startsWorkspaceSession(settings),
      channelOptionSet: this.channelOptionSet,
      isDisabled: context.mode?.isControlDisabled === true,
      isOffline: this.isOffline(),
      theme: resolveTheme(context),
      dir: context.userSettings?.isRTL === true ? "rtl" : "ltr",
      services: this.services,
    };
  }
}
