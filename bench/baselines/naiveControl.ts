import * as React from "react";
import type { BaselineContext, BaselineInputs } from "./baselineSessions";
import { NaiveSessions } from "./NaiveSessions";

export class RelatedSessions implements ComponentFramework.ReactControl<BaselineInputs, Record<string, never>> {
  public init(): void {
    // Nothing to prepare: every updateView starts over.
  }

  public updateView(context: BaselineContext): React.ReactElement {
    return React.createElement(NaiveSessions, { context });
  }

  public getOutputs(): Record<string, never> {
    return {};
  }

  public destroy(): void {
    // React unmounts the view; answers after that are dropped by the effect's cleanup.
  }
}
