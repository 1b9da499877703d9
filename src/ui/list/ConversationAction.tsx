import type * as React from "react";
import { ConversationIcon } from "../header/icons";
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
