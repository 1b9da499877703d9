/** About the height of a row with a closure reason: what a block off screen reserves per row, and what "Visible rows" counts. */
export const ROW_HEIGHT_PX = 84;

/**
 * The least height of a row, a pixel under its padding, border, subject line and time line: how many rows a first
 * paint counts on to fill the box (test/browser/dayList.test.ts measures every row against it).
 */
export const MIN_ROW_HEIGHT_PX = 54;
