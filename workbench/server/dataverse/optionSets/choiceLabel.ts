import type { ColumnDefinition } from "../tables/schema";

/**
 * The label of a choice, state or status value as Dataverse formats it: in the user's language when the option has a
 * label in it, else in the base language. "If the user wants to display the user interface in a language and a label
 * does not have a string for that language, the label for the base language is used."
 * https://learn.microsoft.com/power-apps/developer/data-platform/customize-labels-support-multiple-languages
 * Null for a column without options, or a value the option set does not have.
 */
export function choiceLabel(column: ColumnDefinition, value: number, languageId: number): string | null {
  if (!column.options) return null;
  return column.translations?.[languageId]?.[value] ?? column.options[value] ?? null;
}
