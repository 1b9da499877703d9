import * as React from "react";
import type { IInputs, IOutputs } from "../generated/ManifestTypes";
import { createWebApiSessionRepository } from "./data/sessionRepository";
import { isClientOffline } from "./platform/client";
import { createFormatter } from "./platform/formatting";
import { localeOfLanguage } from "./platform/locale";
import { createSessionNavigator } from "./platform/navigation";
import { canCreateSessions } from "./platform/privileges";
import { readHostRecord } from "./platform/recordContext";
import { createStrings } from "./platform/strings";
import { resolveTheme } from "./platform/theme";
import { parseSettings } from "./settings";
import { RelatedSessions as RelatedSessionsView } from "./ui/RelatedSessions";
import type { ControlServices, RelatedSessionsProps } from "./ui/services";

type Context = ComponentFramework.Context<IInputs>;

/** The PCF lifecycle only: it adapts the context to props; the UI decides when to call the Web API. */
export class RelatedSessions implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private context: Context;
  private services: ControlServices;
  private active = false;

  public init(context: Context): void {
    this.context = context;
    this.active = true;
    this.services = this.createServices();
  }

  public updateView(context: Context): React.ReactElement {
    this.context = context;
    return React.createElement(RelatedSessionsView, this.toProps(context));
  }

  public getOutputs(): IOutputs {
    return {};
  }

  public destroy(): void {
    this.active = false;
  }

  // Services read the newest context on every call, so they stay the same objects across updateView.
  private createServices(): ControlServices {
    return {
      repository: createWebApiSessionRepository(() => this.context),
      navigator: createSessionNavigator(() => this.context.navigation),
      strings: createStrings(() => this.context.resources, () => localeOfLanguage(this.context.userSettings?.languageId)),
      formatter: createFormatter(() => this.context.formatting),
      isOffline: () => isClientOffline(this.context.client),
      now: () => new Date(),
      isActive: () => this.active,
    };
  }

  private toProps(context: Context): RelatedSessionsProps {
    const { parameters } = context;
    const settings = parseSettings({
      pageSize: parameters.pageSize?.raw,
      sessionState: parameters.sessionState?.raw,
      allowStart: parameters.allowStart?.raw,
      startMode: parameters.startMode?.raw,
      openInNewWindow: parameters.openInNewWindow?.raw,
      regardingNavigationProperty: parameters.regardingNavigationProperty?.raw,
    });
    return {
      record: readHostRecord(context),
      settings,
      canStart: settings.allowStart && canCreateSessions(context.utils),
      isDisabled: context.mode?.isControlDisabled === true,
      theme: resolveTheme(context),
      dir: context.userSettings?.isRTL === true ? "rtl" : "ltr",
      services: this.services,
    };
  }
}
