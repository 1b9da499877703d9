import type * as React from "react";
import type { Strings } from "../../platform/strings";
import { createElement } from "../reactBindings";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "../fluentBindings";

export interface WorkspaceSessionErrorProps {
  templateName: string;
  strings: Strings;
  onDismiss(): void;
}

/** A workspace session the platform refused: names the template and what an administrator must do about it. */
export function WorkspaceSessionError({ templateName, strings, onDismiss }: WorkspaceSessionErrorProps): React.ReactElement {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.get("Error_WorkspaceSessionTitle")}</MessageBarTitle> {strings.format("Error_WorkspaceSessionTemplate", templateName)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>{strings.get("Action_Dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
