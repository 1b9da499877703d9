import { categoryOf, comparableCell, compareWithNullsFirst } from "./cellComparison";
import { choiceLabel } from "../optionSets/choiceLabel";
import type { ValueCategory } from "./cellComparison";
import { findColumn } from "../tables/schema";
import type { CookieColumn, SortValue } from "../odata/pagingCookie";
import type { ColumnDefinition, TableDefinition } from "../tables/schema";
import type { StoredRow } from "../tables/store";

export type RowComparator = (left: StoredRow, right: StoredRow) => number;

/** Resolves the display name of the row a lookup cell points to. */
export type LookupNameResolver = (row: StoredRow, column: ColumnDefinition) => string | null;

export interface OrderByKey {
  readonly column: ColumnDefinition;
  readonly descending: boolean;
}

/**
 * How choice columns sort. The Web API's `$orderby` sorts them by their integer value; FetchXML sorts them by
 * their label in the user's language unless the fetch sets `useraworderby`: "Since choice sorting is based on the
 * localized label of the users's language, expect different ordering for the results set if the user's language differs."
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/order-rows#choice-columns
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows#choice-columns
 */
export type ChoiceOrder = { readonly by: "value" } | { readonly by: "label"; readonly languageId: number };

export const BY_VALUE: ChoiceOrder = { by: "value" };

export function byLabelIn(languageId: number): ChoiceOrder {
  return { by: "label", languageId };
}

/** The keys a query orders by, with the primary key appended (ascending) unless already there, so pages are stable. */
export function withPrimaryKey(table: TableDefinition, keys: readonly OrderByKey[]): readonly OrderByKey[] {
  const primaryKey = findColumn(table, table.primaryKey);
  return keys.some((key) => key.column.name === table.primaryKey) || !primaryKey ? keys : [...keys, { column: primaryKey, descending: false }];
}

/** A query's sort keys: each row's sort values, how two rows (or a row and a paging cookie) compare. */
export interface SortKeys {
  /** The ordered columns with how their values compare, for the paging cookie. */
  readonly columns: readonly CookieColumn[];
  valuesOf(row: StoredRow): SortValue[];
  /** Orders two value tuples by the keys' directions. */
  compareValues(left: readonly SortValue[], right: readonly SortValue[]): number;
  compareRows: RowComparator;
}

/**
 * Orders rows by the given keys (callers add the primary key with `withPrimaryKey`). Lookups sort by the referenced
 * row's primary name (both query languages). Nulls are the smallest value, as SQL Server sorts them: first when
 * ascending, last when descending ("Null values are treated as the lowest possible values",
 * https://learn.microsoft.com/sql/t-sql/queries/select-order-by-clause-transact-sql).
 */
export function buildSortKeys(keys: readonly OrderByKey[], lookupName: LookupNameResolver, choiceOrder: ChoiceOrder): SortKeys {
  const readers = keys.map((key) => sortValueReader(key.column, lookupName, choiceOrder));
  const columns = keys.map((key) => ({ name: key.column.name, category: sortCategory(key.column, choiceOrder) }));
  const signs = keys.map((key) => (key.descending ? -1 : 1));
  const valuesOf = (row: StoredRow): SortValue[] => readers.map((read) => read(row));
  const compareValues = (left: readonly SortValue[], right: readonly SortValue[]): number => {
    for (let index = 0; index < columns.length; index += 1) {
      const order = compareWithNullsFirst(left[index], right[index], columns[index].category);
      if (order !== 0) return order * signs[index];
    }
    return 0;
  };
  return { columns, valuesOf, compareValues, compareRows: (left, right) => compareValues(valuesOf(left), valuesOf(right)) };
}

/** The value a row sorts by in one key: what the comparator compares and what a paging cookie records. */
export function sortValueReader(column: ColumnDefinition, lookupName: LookupNameResolver, choiceOrder: ChoiceOrder): (row: StoredRow) => SortValue {
  if (column.options && choiceOrder.by === "label") {
    const { languageId } = choiceOrder;
    return (row) => {
      const value = row.values[column.name];
      return value === null || value === undefined ? null : choiceLabel(column, Number(value), languageId) ?? String(value);
    };
  }
  if (column.type === "lookup") return (row) => lookupName(row, column);
  const category = categoryOf(column.type);
  return (row) => comparableCell(row.values[column.name], category);
}

export function sortCategory(column: ColumnDefinition, choiceOrder: ChoiceOrder): ValueCategory {
  if (column.options) return choiceOrder.by === "label" ? "text" : "number";
  return column.type === "lookup" ? "text" : categoryOf(column.type);
}
