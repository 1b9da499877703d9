import * as React from "react";
import { FluentProvider, makeStyles } from "@fluentui/react-components";
import type { RootProps } from "./rootProps";
import { SessionsPanel } from "./SessionsPanel";

const useStyles = makeStyles({
  provider: { width: "100%" },
});

/** The control's root: the app's theme around the panel. */
export function RelatedSessions(props: RootProps): React.ReactElement {
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} dir={props.dir} className={styles.provider}>
      <SessionsPanel {...props} />
    </FluentProvider>
  );
}
