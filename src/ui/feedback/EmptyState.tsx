import type * as React from "react";
import type { Strings } from "../../platform/strings";
import { createElement } from "../reactBindings";
import { Body1Strong, Button, Caption1, makeStyles, tokens } from "../fluentBindings";

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

/**
 * No session to show, as a title, a line of explanation and, when there is one, a way forward: the record has none
 * ("Empty_…"), or none matches the agent's filters ("NoMatches_…"), said with a way to clear them.
 */
export function EmptyState({ strings, onClearFilters }: { strings: Strings; onClearFilters?: () => void }): React.ReactElement {
  const styles = useStyles();
  const texts = onClearFilters ? "NoMatches" : "Empty";
  return (
    <div className={styles.root}>
      <Body1Strong>{strings.get(`${texts}_Title`)}</Body1Strong>
      <Caption1>{strings.get(`${texts}_Body`)}</Caption1>
      {onClearFilters && <Button onClick={onClearFilters}>{strings.get("Action_ClearFilters")}</Button>}
    </div>
  );
}
