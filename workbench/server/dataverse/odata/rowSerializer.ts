import { choiceLabel } from "../optionSets/choiceLabel";
import { formatDataverseDate } from "../tables/dataverseDates";
import { isAnnotationRequested } from "./preferHeader";
import type { ColumnDefinition, TableDefinition } from "../tables/schema";
import type { CellValue, StoredRow } from "../tables/store";

export const FORMATTED_VALUE = "OData.Community.Display.V1.FormattedValue";
export const LOOKUP_LOGICAL_NAME = "Microsoft.Dynamics.CRM.lookuplogicalname";
export const ASSOCIATED_NAVIGATION_PROPERTY = "Microsoft.Dynamics.CRM.associatednavigationproperty";

export interface SerializationContext {
  readonly table: TableDefinition;
  /** Columns to write; null writes every column. The key is always written. */
  readonly select: readonly ColumnDefinition[] | null;
  readonly annotationPatterns: readonly string[] | null;
  readonly lookupName: (row: StoredRow, column: ColumnDefinition) => string | null;
  /**
   * The user's language (LCID). Formatted values include "the localized labels for choice, choices, yes/no, status,
   * and status reason columns": https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
   */
  readonly languageId: number;
}

export type JsonRow = Record<string, CellValue>;

/** A row as the Web API returns it: `@odata.etag`, the key, the selected columns and any requested annotations. */
export function serializeRow(row: StoredRow, context: SerializationContext): JsonRow {
  const { table } = context;
  const columns = context.select ?? table.columns;
  const json: JsonRow = { "@odata.etag": `W/"${row.values.versionnumber}"` };
  for (const column of columns) {
    const value = row.values[column.name] ?? null;
    if (value !== null) Object.assign(json, annotationsFor(column, value, row, context));
    json[column.name] = value;
  }
  json[table.primaryKey] = row.values[table.primaryKey];
  return json;
}

function annotationsFor(column: ColumnDefinition, value: string | number, row: StoredRow, context: SerializationContext): JsonRow {
  const wanted = (term: string): boolean => isAnnotationRequested(context.annotationPatterns, term);
  const annotations: JsonRow = {};
  const formatted = formattedValue(column, value, row, context);
  if (formatted !== null && wanted(FORMATTED_VALUE)) annotations[`${column.name}@${FORMATTED_VALUE}`] = formatted;
  if (column.type === "lookup") {
    const targetTable = row.lookupTables[column.name];
    if (wanted(ASSOCIATED_NAVIGATION_PROPERTY)) {
      annotations[`${column.name}@${ASSOCIATED_NAVIGATION_PROPERTY}`] = column.lookupTargets?.[targetTable] ?? null;
    }
    if (wanted(LOOKUP_LOGICAL_NAME)) annotations[`${column.name}@${LOOKUP_LOGICAL_NAME}`] = targetTable;
  }
  return annotations;
}

function formattedValue(column: ColumnDefinition, value: string | number, row: StoredRow, context: SerializationContext): string | null {
  if (column.options) return choiceLabel(column, Number(value), context.languageId);
  if (column.type === "datetime") return formatDataverseDate(String(value));
  if (column.type === "lookup") return context.lookupName(row, column);
  return null;
}

/** The `@odata.context` fragment after `$metadata#`, e.g. `msdyn_ocsessions(subject,createdon)`. */
export function contextFragment(table: TableDefinition, select: readonly ColumnDefinition[] | null): string {
  return select ? `${table.entitySetName}(${select.map((column) => column.name).join(",")})` : table.entitySetName;
}
