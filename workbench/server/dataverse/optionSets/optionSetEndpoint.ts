import type { IncomingMessage } from "node:http";
import { choiceLabel } from "./choiceLabel";
import { DataverseError, OBJECT_DOES_NOT_EXIST, badQuery } from "../errors";
import type { ColumnDefinition } from "../tables/schema";
import { findColumn, findTableByLogicalName } from "../tables/schema";
import { userLanguageOf } from "./userLanguage";

/**
 * One option of a choice column as the metadata describes it: its label in the user's language, its hex colour
 * (null when the maker assigned none) and whether it is hidden, the OptionMetadata properties a control reads
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/optionmetadata).
 */
export interface OptionSetEntry {
  value: number;
  label: string;
  color: string | null;
  isHidden: boolean;
}

/** Every option of a choice column in its option set's order; none for a column without options. */
export function optionSetEntries(column: ColumnDefinition, languageId: number): OptionSetEntry[] {
  if (!column.options) return [];
  return Object.keys(column.options)
    .map(Number)
    .map((value) => ({
      value,
      label: choiceLabel(column, value, languageId) ?? String(value),
      color: column.optionDisplay?.[value]?.color ?? null,
      isHidden: column.optionDisplay?.[value]?.hidden === true,
    }));
}

/**
 * `GET /_workbench/option-sets?table=<logical name>&columns=<a,b>`: the options of the choice columns asked for,
 * labelled in the user's language (X-Workbench-User-Language, as formatted values are) from the same option sets and
 * translations the emulator formats rows with. The host page's getEntityMetadata builds its attribute nodes from it
 * (workbench/client/context/metadata.ts). Columns that are not choices, or that the table lacks, are left out.
 */
export function optionSetsFor(req: IncomingMessage): Record<string, OptionSetEntry[]> {
  const query = new URL(req.url ?? "", "http://127.0.0.1").searchParams;
  const tableName = query.get("table") ?? "";
  if (tableName === "") throw badQuery("Expected ?table=<logical name>&columns=<column,column>.");
  const table = findTableByLogicalName(tableName);
  if (!table) throw new DataverseError(404, OBJECT_DOES_NOT_EXIST, `Could not find an entity with name ${tableName}`);
  const languageId = userLanguageOf(req.headers);
  const answer: Record<string, OptionSetEntry[]> = {};
  for (const name of (query.get("columns") ?? "").split(",")) {
    const column = findColumn(table, name.trim());
    if (!column?.options) continue;
    answer[column.name] = optionSetEntries(column, languageId);
  }
  return answer;
}
