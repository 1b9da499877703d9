import type * as React from "react";
import { focusByKey } from "../arrowKeys";

/** The row's own button is the first button of its list item; an action beside it (Open conversation) follows it. */
const ROW_BUTTONS = "[role=listitem] > button:first-of-type";

/**
 * Up and Down move between the sessions' buttons, Home and End jump to the first and last, so an agent does
 * not have to Tab through hundreds of rows; from a row's action they move as from its row. Tab still reaches every
 * row and action and leaves the list as usual.
 */
export function handleListKeyDown(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.shiftKey) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(ROW_BUTTONS));
  const item = (event.target as HTMLElement).closest("[role=listitem]");
  focusByKey(event, buttons, buttons.findIndex((button) => button.parentElement === item), "list");
}
