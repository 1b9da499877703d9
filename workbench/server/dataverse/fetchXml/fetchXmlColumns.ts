import { DataverseError } from "../errors";
import { findColumn } from "../tables/schema";
import type { ColumnDefinition, TableDefinition } from "../tables/schema";

/** 0x80041103 QueryBuilderNoAttribute: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes */
const QUERY_BUILDER_NO_ATTRIBUTE = "0x80041103";

/**
 * The column a FetchXML attribute name means. FetchXML names lookups by their logical name (`regardingobjectid`),
 * not the Web API's `_regardingobjectid_value`, which it does not know.
 */
export function fetchColumn(table: TableDefinition, name: unknown): ColumnDefinition {
  const text = String(name ?? "");
  const column = /^_.+_value$/.test(text) ? undefined : findColumn(table, text) ?? findColumn(table, `_${text}_value`);
  if (!column) {
    throw new DataverseError(400, QUERY_BUILDER_NO_ATTRIBUTE, `'${table.logicalName}' entity doesn't contain attribute with Name = '${text}' and NameMapping = 'Logical'.`);
  }
  return column;
}
