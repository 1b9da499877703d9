import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

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
