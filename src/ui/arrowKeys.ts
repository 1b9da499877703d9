import type * as React from "react";

/**
 * How arrow keys move focus in a group: a list takes Up and Down and stops at its ends; a row (the history chart's
 * weeks) takes Left and Right and stops at its ends; radios take all four arrows and wrap around. Left and right are
 * swapped right to left. Home and End jump to the first and last in all three.
 */
export type ArrowLayout = "list" | "row" | "radios";

const STEPS: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 };

/** The index a key moves focus to among `count` items, or null when the key does not move it. */
export function nextIndex(key: string, current: number, count: number, layout: ArrowLayout, rightToLeft = false): number | null {
  if (count <= 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = STEPS[key];
  const horizontal = key === "ArrowLeft" || key === "ArrowRight";
  if (step === undefined || (layout !== "radios" && horizontal !== (layout === "row"))) return null;
  const moved = current + (horizontal && rightToLeft ? -step : step);
  return layout === "radios" ? (moved + count) % count : Math.min(Math.max(moved, 0), count - 1);
}

/**
 * Focuses the item a key moves to from `targets[current]` and keeps the key from the browser; a key with Alt, Ctrl or
 * Meta held, or from outside the items (`current` below 0), is left alone. Left and right follow the direction of the
 * nearest element with a `dir` around the group (the control's root sets one). Returns the index focused, or null.
 */
export function focusByKey(event: React.KeyboardEvent<HTMLElement>, targets: readonly HTMLElement[], current: number, layout: ArrowLayout): number | null {
  if (event.altKey || event.ctrlKey || event.metaKey || current < 0) return null;
  const rightToLeft = event.currentTarget.closest("[dir]")?.getAttribute("dir") === "rtl";
  const next = nextIndex(event.key, current, targets.length, layout, rightToLeft);
  if (next === null) return null;
  event.preventDefault();
  targets[next].focus();
  return next;
}
