import * as React from "react";
import { IInputs, IOutputs } from "../generated/ManifestTypes";
export class RelatedSessions implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  public init(): void { /* */ }
  public updateView(): React.ReactElement { return React.createElement("div", null, "x"); }
  public getOutputs(): IOutputs { return {}; }
  public destroy(): void { /* */ }
}
