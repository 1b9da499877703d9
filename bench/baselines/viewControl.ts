import * as React from "react";
import type { BaselineContext, BaselineInputs } from "./baselineSessions";

/** A virtual control that only renders `View` with the context: the lifecycle both baselines share. */
export function viewControl(View: React.ComponentType<{ context: BaselineContext }>) {
  return class implements ComponentFramework.ReactControl<BaselineInputs, Record<string, never>> {
    public init(): void {
      // The view loads what it needs when it mounts.
    }

    public updateView(context: BaselineContext): React.ReactElement {
      return React.createElement(View, { context });
    }

    public getOutputs(): Record<string, never> {
      return {};
    }

    public destroy(): void {
      // React unmounts the view; its effects drop answers that arrive later.
    }
  };
}
