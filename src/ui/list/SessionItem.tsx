import type { Session } from "../../model";
import type { Formatter } from "../../platform/formatting";
import { joinParts } from "../../platform/strings";
import type { Strings } from "../../platform/strings";
import { CONVERSATION_ACTION_SPACE, renderConversationAction, useConversationActionClass } from "./ConversationAction";
import { describeTiming } from "./sessionText";
import { renderStatusBadge, useBadgeClass } from "./StatusBadge";
import { createElement, memo } from "../reactBindings";
import { createFocusOutlineStyle, makeResetStyles, tokens, typographyStyles } from "../fluentBindings";

// One class per element (makeResetStyles), not a class per declaration (makeStyles): a row's elements then carry 8
// classes instead of 170, which the browser matches against the style rules for every row it paints.
const buttonStyle = {
  position: "relative",
  // The subject and its badge share the first line and each detail takes a line of its own: no wrapper for the first
  // line. A wrapping flex row, not a grid: a grid sizes its tracks from every item's text before laying it out, and
  // the rows' layout is most of a first form load's frame.
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  width: "100%",
  textAlign: "start",
  font: "inherit",
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  cursor: "pointer",
  border: `${tokens.strokeWidthThin} solid transparent`,
  borderBottomColor: tokens.colorNeutralStroke2,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  // Inside the button: the block's containment clips anything drawn beyond it.
  ...createFocusOutlineStyle({ style: { outlineOffset: "-2px" } }),
} as const;
const subjectStyle = {
  // The line's room beside the badge, whatever the subject's length.
  flex: 1,
  minWidth: 0,
  ...typographyStyles.body1Strong,
  overflowWrap: "anywhere",
  // The list's start, not the subject's: "start" in a Hebrew subject of an English list would be its right. Griffel
  // mirrors "left" to "right" in a right-to-left list, so this is always the side the other subjects start on.
  textAlign: "left",
} as const;

const useHeadingClass = makeResetStyles({
  margin: 0,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS}`,
  ...typographyStyles.caption1Strong,
  color: tokens.colorNeutralForeground2,
});
// The conversation action sits over the row's end corner, beside (not inside) the row's button.
const useItemClass = makeResetStyles({ position: "relative" });
const useButtonClass = makeResetStyles(buttonStyle);
const useButtonWithActionClass = makeResetStyles({ ...buttonStyle, paddingInlineEnd: CONVERSATION_ACTION_SPACE });
const useSubjectClass = makeResetStyles(subjectStyle);
const usePlaceholderClass = makeResetStyles({ ...subjectStyle, fontStyle: "italic", color: tokens.colorNeutralForeground3 });
const useDetailClass = makeResetStyles({
  flexBasis: "100%",
  ...typographyStyles.caption1,
  color: tokens.colorNeutralForeground2,
  overflowWrap: "anywhere",
  textAlign: "left",
});

/**
 * The row's classes, its badge's and its conversation action's; the loading state asks for them too, so their rules
 * are in the page before the first rows arrive.
 */
export function useSessionItemStyles() {
  return {
    badge: useBadgeClass(),
    action: useConversationActionClass(),
    heading: useHeadingClass(),
    item: useItemClass(),
    button: useButtonClass(),
    buttonWithAction: useButtonWithActionClass(),
    subject: useSubjectClass(),
    placeholder: usePlaceholderClass(),
    detail: useDetailClass(),
  };
}

export interface SessionItemProps {
  session: Session;
  /** The day's heading, on the day's first session; its id describes every session of that day. */
  heading?: string;
  headingId: string;
  /** Null when nothing in the row changes with time: the row then skips the minute's render. */
  now: Date | null;
  /** Tell how long ago the session started ("12 min. ago"): for today's sessions. */
  relative: boolean;
  strings: Strings;
  formatter: Formatter;
  onOpen(sessionId: string): void;
  onOpenConversation(conversationId: string): void;
}

/** One session: a button, so click, Enter and Space open it, and its text is what a screen reader reads. */
export const SessionItem = memo(function SessionItem({ session, heading, headingId, now, relative, strings, formatter, onOpen, onOpenConversation }: SessionItemProps) {
  const styles = useSessionItemStyles();
  const { conversationId } = session;
  const owner = session.ownerName ?? (session.hasOwner ? null : strings.get("Owner_None"));
  const who = joinParts(strings, [session.channel, owner].filter((part): part is string => Boolean(part)));
  const reason = session.closureReason !== null ? strings.format("ClosureReason_Label", session.closureReason) : null;
  return (
    <div role="listitem" data-session-id={session.id} className={styles.item}>
      {heading !== undefined && (
        <h3 id={headingId} className={styles.heading}>
          {heading}
        </h3>
      )}
      <button
        type="button"
        className={conversationId !== null ? styles.buttonWithAction : styles.button}
        aria-describedby={headingId}
        onClick={() => onOpen(session.id)}
      >
        {/* bdi: a subject's own direction (Arabic with English, a stray override) never turns the row around. */}
        {session.subject === null ? (
          <span className={styles.placeholder}>{strings.get("Subject_Placeholder")}</span>
        ) : (
          <bdi className={styles.subject}>{session.subject}</bdi>
        )}
        {renderStatusBadge(session.status, styles.badge)}
        {who !== "" && <bdi className={styles.detail}>{who}</bdi>}
        <span className={styles.detail} title={session.startedOn ? formatter.dateTime(session.startedOn) : undefined}>
          {describeTiming(session, now, strings, formatter, relative)}
        </span>
        {reason !== null && <span className={styles.detail}>{reason}</span>}
      </button>
      {conversationId !== null && (
        renderConversationAction(styles.action, strings.get("Action_OpenConversation"), () => onOpenConversation(conversationId))
      )}
    </div>
  );
});
