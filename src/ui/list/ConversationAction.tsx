import type * as React from "react";
import { ConversationIcon } from "../header/icons";
import { createElement } from "../reactBindings";
import { createFocusOutlineStyle, makeResetStyles, tokens } from "../fluentBindings";

/** Room the row's own button leaves at its end for the action (the action's width and its inset). */
export const CONVERSATION_ACTION_SPACE = `calc(28px + ${tokens.spacingHorizontalS} * 2)`;

/** The action's one class (makeResetStyles): it is in nearly every row. */
export const useConversationActionClass = makeResetStyles({
  // A sibling of the row's button, drawn over its end corner: never an interactive element inside another.
  position: "absolute",
  insetBlockEnd: tokens.spacingVerticalS,
  insetInlineEnd: tokens.spacingHorizontalS,
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  width: "28px",
  height: "28px",
  padding: 0,
  border: `${tokens.strokeWidthThin} solid transparent`,
  borderRadius: tokens.borderRadiusMedium,
  color: tokens.colorBrandForeground1,
  backgroundColor: "transparent",
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorBrandForeground2 },
  ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  ...createFocusOutlineStyle(),
});

export interface ConversationActionProps {
  conversationId: string;
  label: string;
  onOpenConversation(conversationId: string): void;
}

/** "Open conversation": the conversation (msdyn_ocliveworkitem) behind a session, one more keyboard stop in its row. */
export function ConversationAction({ conversationId, label, onOpenConversation }: ConversationActionProps): React.ReactElement {
  return (
    <button type="button" className={useConversationActionClass()} aria-label={label} title={label} onClick={() => onOpenConversation(conversationId)}>
      <ConversationIcon />
    </button>
  );
}
