import * as React from "react";
import { Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Session } from "../data/sessionMapper";
import type { Formatter } from "../platform/formatting";
import type { Strings } from "../platform/strings";
import { describeTiming } from "./sessionText";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  item: { listStyleType: "none" },
  button: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    borderBottomColor: tokens.colorNeutralStroke2,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  focus: createFocusOutlineStyle(),
  titleRow: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  subject: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  placeholder: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface SessionItemProps {
  session: Session;
  now: Date;
  strings: Strings;
  formatter: Formatter;
  onOpen(sessionId: string): void;
}

/** One session: a button, so click, Enter and Space open it, and its text is what a screen reader reads. */
export const SessionItem = React.memo(function SessionItem({ session, now, strings, formatter, onOpen }: SessionItemProps) {
  const styles = useStyles();
  const owner = session.ownerName ?? (session.hasOwner ? null : strings.get("Owner_None"));
  const who = [session.channel, owner].filter(Boolean).join(" · ");
  const reason = session.closureReason !== null ? strings.format("ClosureReason_Label", session.closureReason) : null;
  return (
    <li className={styles.item} data-session-id={session.id}>
      <button type="button" className={mergeClasses(styles.button, styles.focus)} onClick={() => onOpen(session.id)}>
        <span className={styles.titleRow}>
          <span className={mergeClasses(styles.subject, session.subject === null && styles.placeholder)}>
            {session.subject ?? strings.get("Subject_Placeholder")}
          </span>
          <StatusBadge label={session.status.label} tone={session.status.tone} />
        </span>
        <Caption1 className={styles.detail}>{who}</Caption1>
        <Caption1 className={styles.detail}>{describeTiming(session, now, strings, formatter)}</Caption1>
        {reason !== null && <Caption1 className={styles.detail}>{reason}</Caption1>}
      </button>
    </li>
  );
});
