import type * as React from "react";

const KEY_MOVES: Partial<Record<string, (current: number, last: number) => number>> = {
  ArrowDown: (current, last) => Math.min(current + 1, last),
  ArrowUp: (current) => Math.max(current - 1, 0),
  Home: () => 0,
  End: (_current, last) => last,
};

/** The index a key moves focus to in a list of `count` items, or null when the key does not move it. */
export function nextFocusIndex(key: string, current: number, count: number): number | null {
  const move = KEY_MOVES[key];
  return move && count > 0 ? move(current, count - 1) : null;
}

/** The row's own button is the first button of its list item; an action beside it (Open conversation) follows it. */
const ROW_BUTTONS = "[role=listitem] > button:first-of-type";

/**
 * Up and Down move between the sessions' buttons, Home and End jump to the first and last, so an agent does
 * not have to Tab through hundreds of rows; from a row's action they move as from its row. Tab still reaches every
 * row and action and leaves the list as usual.
 */
export function handleListKeyDown(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(ROW_BUTTONS));
  const item = (event.target as HTMLElement).closest("[role=listitem]");
  const current = buttons.findIndex((button) => button.parentElement === item);
  if (current < 0) return;
  const next = nextFocusIndex(event.key, current, buttons.length);
  if (next === null) return;
  event.preventDefault();
  buttons[next].focus();
}
