import type * as React from "react";
import { createElement } from "../reactBindings";
import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "../fluentBindings";

/** Room the row's own button leaves at its end for the action (the action's width and its inset). */
export const CONVERSATION_ACTION_SPACE = `calc(28px + ${tokens.spacingHorizontalS} * 2)`;

export const useConversationActionStyles = makeStyles({
  // A sibling of the row's button, drawn over its end corner: never an interactive element inside another.
  action: {
    position: "absolute",
    insetBlockEnd: tokens.spacingVerticalS,
    insetInlineEnd: tokens.spacingHorizontalS,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "28px",
    height: "28px",
    ...shorthands.padding(0),
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    color: tokens.colorBrandForeground1,
    backgroundColor: "transparent",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorBrandForeground2 },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
});

// Drawn here: an icon package would carry its styling runtime into the bundle.
function ConversationIcon(): React.ReactElement {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" fill="currentColor" aria-hidden focusable={false}>
      <path d="M8 2a6 6 0 0 0-5.27 8.87l-.7 2.5a.5.5 0 0 0 .6.6l2.5-.7A6 6 0 1 0 8 2Zm0 1a5 5 0 1 1-2.55 9.3.5.5 0 0 0-.39-.05l-1.85.52.52-1.85a.5.5 0 0 0-.05-.39A5 5 0 0 1 8 3ZM5.5 7a.5.5 0 0 0 0 1h5a.5.5 0 0 0 0-1h-5Zm0 2a.5.5 0 0 0 0 1h3a.5.5 0 0 0 0-1h-3Z" />
    </svg>
  );
}

export interface ConversationActionProps {
  conversationId: string;
  label: string;
  onOpenConversation(conversationId: string): void;
}

/** "Open conversation": the conversation (msdyn_ocliveworkitem) behind a session, one more keyboard stop in its row. */
export function ConversationAction({ conversationId, label, onOpenConversation }: ConversationActionProps): React.ReactElement {
  const styles = useConversationActionStyles();
  return (
    <button type="button" className={mergeClasses(styles.action, styles.focus)} aria-label={label} title={label} onClick={() => onOpenConversation(conversationId)}>
      <ConversationIcon />
    </button>
  );
}
