import type * as React from "react";
import { createElement } from "../reactBindings";
import { MessageBar, MessageBarBody } from "../fluentBindings";

export interface NoticeBarProps {
  intent: "info" | "warning";
  children: React.ReactNode;
}

export function NoticeBar({ intent, children }: NoticeBarProps): React.ReactElement {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
