import type * as React from "react";
import type { LoadError } from "../../model";
import type { StringKey, Strings } from "../../platform/strings";
import { describeError } from "../list/sessionText";
import { createElement } from "../reactBindings";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "../fluentBindings";

export interface ErrorBarProps {
  titleKey: StringKey;
  /** What failed: a load error, told in plain words with the platform's message as details, or a message of its own. */
  error: LoadError | string;
  strings: Strings;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A failure told in plain words, with the platform's message as details and a way forward. */
export function ErrorBar({ titleKey, error, strings, onRetry, onDismiss }: ErrorBarProps): React.ReactElement {
  const { message, details } = typeof error === "string" ? { message: error, details: null } : describeError(error, strings);
  const intent = typeof error !== "string" && (error.kind === "throttled" || error.kind === "offline") ? "warning" : "error";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.get(titleKey)}</MessageBarTitle> {message}
        {details !== null && <div>{details}</div>}
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && <Button onClick={onRetry}>{strings.get("Action_Retry")}</Button>}
        {onDismiss && <Button onClick={onDismiss}>{strings.get("Action_Dismiss")}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
