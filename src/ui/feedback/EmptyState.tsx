import type * as React from "react";
import { createElement } from "../reactBindings";
import { Body1Strong, Caption1, makeStyles, tokens } from "../fluentBindings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground2,
  },
});

/** A title, a line of explanation and, when there is one, a way forward. */
export function EmptyState({ title, body, children }: { title: string; body: string; children?: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1Strong>{title}</Body1Strong>
      <Caption1>{body}</Caption1>
      {children}
    </div>
  );
}
