import type * as React from "react";
import type { Strings } from "../../platform/strings";
import { AddIcon, RefreshIcon } from "./icons";
import { createElement } from "../reactBindings";
import { Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from "../fluentBindings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  title: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexGrow: 1, minWidth: 0 },
  heading: { margin: 0 },
  count: { color: tokens.colorNeutralForeground2 },
  // Stays at the end of the row, also when a narrow column wraps it below the title.
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, marginInlineStart: "auto" },
});

export interface PanelHeaderProps {
  strings: Strings;
  /** "25 sessions", or null while nothing is loaded. */
  countText: string | null;
  canRefresh: boolean;
  refreshing: boolean;
  onRefresh(): void;
  /** Absent when starting is not offered at all (setting off or no Create privilege). */
  newSession?: { disabled: boolean; starting: boolean; onStart(): void; /** Says what the button does when that is not obvious. */ title?: string };
}

export function PanelHeader({ strings, countText, canRefresh, refreshing, onRefresh, newSession }: PanelHeaderProps): React.ReactElement {
  const styles = useStyles();
  const refreshLabel = strings.get("Action_Refresh");
  return (
    <div className={styles.root}>
      <div className={styles.title}>
        <Subtitle2 as="h2" className={styles.heading}>
          {strings.get("Header_Title")}
        </Subtitle2>
        <Caption1 className={styles.count} aria-live="polite">
          {countText ?? ""}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          aria-label={refreshLabel}
          title={refreshLabel}
          disabled={!canRefresh}
          icon={refreshing ? <Spinner size="extra-tiny" /> : <RefreshIcon />}
          onClick={onRefresh}
        />
        {newSession && (
          <Button
            appearance="primary"
            disabled={newSession.disabled || newSession.starting}
            title={newSession.title}
            icon={newSession.starting ? <Spinner size="extra-tiny" aria-label={strings.get("Starting_Label")} /> : <AddIcon />}
            onClick={newSession.onStart}
          >
            {strings.get("Action_NewSession")}
          </Button>
        )}
      </div>
    </div>
  );
}
