import type * as ReactModule from "react";
import type * as ReactDomModule from "react-dom";
import type * as FluentModule from "@fluentui/react-components";
import type { IInputs, IOutputs } from "../../../generated/ManifestTypes";

export type RelatedSessionsControl = ComponentFramework.ReactControl<IInputs, IOutputs>;
export type ControlConstructor = new () => RelatedSessionsControl;

/** What Microsoft.Apm.createTab receives in a multi-session app (Customer Service workspace). */
export interface ApmTabInput {
  templateName: string;
  appContext?: Map<string, unknown>;
  isFocused?: boolean;
  title?: string;
}

/** What Microsoft.Apm.createSession receives: the template's unique name and the anchor record in parametersStr. */
export interface ApmSessionInput {
  templateName: string;
  sessionContext?: Map<string, unknown>;
  isFocused?: boolean;
}

export interface ApmGlobal {
  Apm: { createTab(input: ApmTabInput): Promise<string>; createSession(input: ApmSessionInput): Promise<string> };
}

/** The globals the platform libraries, the host and the control talk through, as in a model-driven app. */
export interface PlatformGlobals {
  Reactv16?: typeof ReactModule;
  ReactDOMv16?: typeof ReactDomModule;
  React?: typeof ReactModule;
  ReactDOM?: typeof ReactDomModule;
  FluentUIReactv940?: typeof FluentModule;
  ComponentFramework?: { registerControl(name: string, controlConstructor: ControlConstructor): void };
  Microsoft?: ApmGlobal;
}
