import * as React from "react";
import type { BaselineContext, BaselineInputs } from "./baselineSessions";
import { PlainTable } from "./PlainTable";

export class RelatedSessions implements ComponentFramework.ReactControl<BaselineInputs, Record<string, never>> {
  public init(): void {
    // The table loads its rows when it mounts.
  }

  public updateView(context: BaselineContext): React.ReactElement {
    return React.createElement(PlainTable, { context });
  }

  public getOutputs(): Record<string, never> {
    return {};
  }

  public destroy(): void {
    // React unmounts the table.
  }
}
