import { categoryOf, comparableCell, compareWithNullsFirst } from "./cellComparison";
import type { ValueCategory } from "./cellComparison";
import type { OrderByKey } from "./queryOptions";
import { findColumn } from "./schema";
import type { ColumnDefinition, TableDefinition } from "./schema";
import type { StoredRow } from "./store";

export type RowComparator = (left: StoredRow, right: StoredRow) => number;

/** Resolves the display name of the row a lookup cell points to. */
export type LookupNameResolver = (row: StoredRow, column: ColumnDefinition) => string | null;

/**
 * Orders rows by the requested keys, then by the primary key so pages are stable. Like Dataverse, choice
 * columns sort by label and lookups by the referenced row's name; nulls sort as the smallest value.
 */
export function buildComparator(table: TableDefinition, keys: readonly OrderByKey[], lookupName: LookupNameResolver): RowComparator {
  const primaryKey = findColumn(table, table.primaryKey);
  const allKeys = keys.some((key) => key.column.name === table.primaryKey) || !primaryKey
    ? keys
    : [...keys, { column: primaryKey, descending: false }];
  const sortValues = allKeys.map((key) => ({
    read: sortValueReader(key.column, lookupName),
    category: sortCategory(key.column),
    sign: key.descending ? -1 : 1,
  }));
  return (left, right) => {
    for (const { read, category, sign } of sortValues) {
      const order = compareWithNullsFirst(read(left), read(right), category);
      if (order !== 0) return order * sign;
    }
    return 0;
  };
}

function sortCategory(column: ColumnDefinition): ValueCategory {
  return column.options || column.type === "lookup" ? "text" : categoryOf(column.type);
}

function sortValueReader(column: ColumnDefinition, lookupName: LookupNameResolver): (row: StoredRow) => string | number | null {
  if (column.options) {
    const options = column.options;
    return (row) => {
      const value = row.values[column.name];
      return value === null || value === undefined ? null : options[Number(value)] ?? String(value);
    };
  }
  if (column.type === "lookup") return (row) => lookupName(row, column);
  const category = categoryOf(column.type);
  return (row) => comparableCell(row.values[column.name], category);
}
