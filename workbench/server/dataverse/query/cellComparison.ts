import type { ColumnType } from "../tables/schema";
import type { CellValue } from "../tables/store";

/** How values of a column type compare: text (case- and accent-insensitive, like Dataverse's collation), number, date or id. */
export type ValueCategory = "text" | "number" | "date" | "guid";

export function categoryOf(type: ColumnType): ValueCategory {
  switch (type) {
    case "string":
      return "text";
    case "integer":
    case "choice":
      return "number";
    case "datetime":
      return "date";
    case "guid":
    case "lookup":
      return "guid";
  }
}

/** Comparable form of a stored cell: dates become epoch milliseconds, ids lower case. */
export function comparableCell(value: CellValue, category: ValueCategory): string | number | null {
  if (value === null || value === undefined) return null;
  if (category === "date") return Date.parse(String(value));
  if (category === "guid") return String(value).toLowerCase();
  return value;
}

const textCollator = new Intl.Collator("en", { sensitivity: "base" });

/** Orders two non-null comparable values: negative, zero or positive. Only text uses the collation. */
export function compareNonNull(left: string | number, right: string | number, category: ValueCategory): number {
  if (category === "text") return textCollator.compare(String(left), String(right));
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/** Orders with null as the smallest value, as SQL Server sorts. */
export function compareWithNullsFirst(left: string | number | null, right: string | number | null, category: ValueCategory): number {
  if (left === null) return right === null ? 0 : -1;
  if (right === null) return 1;
  return compareNonNull(left, right, category);
}

/** Case- and accent-folded text for contains / startswith / endswith. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
