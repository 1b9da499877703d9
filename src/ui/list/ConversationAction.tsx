import type * as React from "react";
import { createElement } from "../reactBindings";
import { makeResetStyles, tokens } from "../fluentBindings";

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
  // Fluent's focus ring (2px, the focus stroke colour, round with the button) as an outline: createFocusOutlineStyle
  // draws it with ::after, which draws the icon here.
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: 0 },
  // The icon, a chat bubble with two lines of text, drawn with borders by the button's own pseudo-elements: no svg
  // elements in every row, and borders keep their (system) colour in forced colours, where gradients are dropped.
  "::before": { content: '""', width: "10px", height: "10px", border: "1px solid", borderRadius: "50% 50% 50% 1px" },
  // Absolutely positioned in a flex container that centres: centred over the bubble.
  "::after": { content: '""', position: "absolute", width: "5px", height: "2px", borderBlock: "1px solid" },
});

/**
 * "Open conversation": the conversation (msdyn_ocliveworkitem) behind a session, one more keyboard stop in its row.
 * Part of its row's render (with the class useSessionItemStyles gives it): a function, not a component, so a row is one
 * React component less to create on a form load.
 */
export function renderConversationAction(className: string, label: string, onOpen: () => void): React.ReactElement {
  return <button type="button" className={className} aria-label={label} title={label} onClick={onOpen} />;
}
