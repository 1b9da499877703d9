import type * as React from "react";
import type { RootProps } from "./rootProps";
import { SessionsPanel } from "./SessionsPanel";
import { createElement } from "./reactBindings";
import { FluentProvider } from "./fluentBindings";

// A plain style, not makeStyles: classes made here, outside the provider, would be made for the default direction,
// and the provider merges them with its own classes for `dir` (Fluent warns of mixed directions for a right-to-left user).
const PROVIDER_STYLE: React.CSSProperties = { width: "100%" };

/** The control's root: the app's theme around the panel. */
export function RelatedSessions(props: RootProps): React.ReactElement {
  return (
    <FluentProvider theme={props.theme} dir={props.dir} style={PROVIDER_STYLE}>
      <SessionsPanel {...props} />
    </FluentProvider>
  );
}
