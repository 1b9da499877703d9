import { categoryOf, comparableCell, compareNonNull } from "../query/cellComparison";
import type { ValueCategory } from "../query/cellComparison";
import { badQuery, unsupported } from "../errors";
import { fetchColumn } from "./fetchXmlColumns";
import type { RowPredicate } from "../query/filterCompiler";
import { compileLike } from "../query/likePattern";
import type { TableDefinition } from "../tables/schema";
import type { StoredRow } from "../tables/store";
import type { CalendarDate, UserTimeZone } from "../query/userTimeZone";

/**
 * FetchXML `<filter type="and|or">` with `<condition attribute operator value>` and nested filters, for the operators
 * the control's queries need: eq, ne/neq, in, not-in, null, not-null, gt, ge, lt, le, like, not-like, begins-with,
 * not-begin-with, ends-with, not-end-with, and the date-only on, on-or-after, on-or-before ("the value is on or after
 * the specified date": the date alone, in the user's time zone). The text operators are SQL LIKE patterns, wildcards included.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/condition
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators
 * https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
 */
export interface FetchFilterElement {
  readonly type?: string;
  readonly condition?: readonly FetchConditionElement[];
  readonly filter?: readonly FetchFilterElement[];
}

export interface FetchConditionElement {
  readonly attribute?: string;
  readonly operator?: string;
  readonly value?: string | readonly (string | { "#text"?: string })[];
  readonly entityname?: string;
}

type Cell = string | number | null;

const COMPARISONS: Readonly<Record<string, (order: number) => boolean>> = {
  eq: (order) => order === 0,
  ne: (order) => order !== 0,
  neq: (order) => order !== 0,
  gt: (order) => order > 0,
  ge: (order) => order >= 0,
  lt: (order) => order < 0,
  le: (order) => order <= 0,
};

const TEXT_OPERATORS: Readonly<Record<string, { pattern: (value: string) => string; negated: boolean }>> = {
  like: { pattern: (value) => value, negated: false },
  "not-like": { pattern: (value) => value, negated: true },
  "begins-with": { pattern: (value) => `${value}%`, negated: false },
  "not-begin-with": { pattern: (value) => `${value}%`, negated: true },
  "ends-with": { pattern: (value) => `%${value}`, negated: false },
  "not-end-with": { pattern: (value) => `%${value}`, negated: true },
};

/** Date-only operators: the cell's date in the user's time zone against the value's date. */
const DATE_OPERATORS: Readonly<Record<string, (order: number) => boolean>> = {
  on: (order) => order === 0,
  "on-or-after": (order) => order >= 0,
  "on-or-before": (order) => order <= 0,
};

/** The entity's filters (all must hold), or null when it has none. */
export function compileFetchFilter(filters: readonly FetchFilterElement[], table: TableDefinition, timeZone: UserTimeZone): RowPredicate | null {
  if (filters.length === 0) return null;
  const compiled = filters.map((filter) => compileFilterElement(filter, table, timeZone));
  return (row) => compiled.every((predicate) => predicate(row));
}

function compileFilterElement(filter: FetchFilterElement, table: TableDefinition, timeZone: UserTimeZone): RowPredicate {
  const type = filter.type ?? "and";
  if (type !== "and" && type !== "or") throw badQuery(`The filter type '${type}' is not valid; use 'and' or 'or'.`);
  const parts = [
    ...(filter.condition ?? []).map((condition) => compileCondition(condition, table, timeZone)),
    ...(filter.filter ?? []).map((inner) => compileFilterElement(inner, table, timeZone)),
  ];
  return type === "and" ? (row) => parts.every((part) => part(row)) : (row) => parts.length === 0 || parts.some((part) => part(row));
}

function compileCondition(condition: FetchConditionElement, table: TableDefinition, timeZone: UserTimeZone): RowPredicate {
  if (condition.entityname !== undefined) throw unsupported("A condition on a link-entity");
  const column = fetchColumn(table, condition.attribute);
  const category = categoryOf(column.type);
  const operator = condition.operator ?? "";
  const read = (row: StoredRow): Cell => comparableCell(row.values[column.name], category);
  if (operator === "null") return (row) => read(row) === null;
  if (operator === "not-null") return (row) => read(row) !== null;
  if (operator === "in" || operator === "not-in") {
    const values = conditionValues(condition).map((value) => typedValue(value, category, column.name));
    const isIn = (row: StoredRow): boolean => {
      const cell = read(row);
      return cell !== null && values.some((value) => compareNonNull(cell, value, category) === 0);
    };
    return operator === "in" ? isIn : (row) => read(row) !== null && !isIn(row);
  }
  if (operator in TEXT_OPERATORS) {
    if (category !== "text") throw badQuery(`The operator '${operator}' needs a text attribute; '${column.name}' is not one.`);
    const { pattern, negated } = TEXT_OPERATORS[operator];
    const matches = compileLike(pattern(singleValue(condition)));
    return (row) => {
      const cell = read(row);
      return typeof cell === "string" && matches(cell) !== negated;
    };
  }
  if (operator in DATE_OPERATORS) return compileDateCondition(condition, column.name, category, timeZone, DATE_OPERATORS[operator]);
  const test = COMPARISONS[operator];
  if (!test) throw unsupported(`The condition operator '${operator}'`);
  const value = typedValue(singleValue(condition), category, column.name);
  return (row) => {
    const cell = read(row);
    return cell !== null && test(compareNonNull(cell, value, category));
  };
}

function compileDateCondition(
  condition: FetchConditionElement,
  column: string,
  category: ValueCategory,
  timeZone: UserTimeZone,
  test: (order: number) => boolean,
): RowPredicate {
  if (category !== "date") throw badQuery(`The operator '${condition.operator ?? ""}' needs a date and time attribute; '${column}' is not one.`);
  const text = singleValue(condition);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!match || Number.isNaN(Date.parse(text))) throw badQuery(`The value '${text}' is not a valid date for the attribute '${column}'.`);
  const wanted = dayNumber({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  return (row) => {
    const cell = row.values[column];
    if (typeof cell !== "string") return false;
    const instant = new Date(cell);
    return !Number.isNaN(instant.getTime()) && test(dayNumber(timeZone.dateOf(instant)) - wanted);
  };
}

function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function singleValue(condition: FetchConditionElement): string {
  const values = conditionValues(condition);
  if (values.length !== 1) throw badQuery(`The operator '${condition.operator ?? ""}' takes exactly one value.`);
  return values[0];
}

/** A condition's value: its `value` attribute, or its `<value>` elements (for `in`). */
function conditionValues(condition: FetchConditionElement): string[] {
  const { value } = condition;
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  return value.map((item) => (typeof item === "string" ? item : item["#text"] ?? ""));
}

function typedValue(text: string, category: ValueCategory, column: string): string | number {
  switch (category) {
    case "number": {
      const number = Number(text);
      if (text.trim() === "" || !Number.isFinite(number)) throw badQuery(`The value '${text}' is not valid for the attribute '${column}'.`);
      return number;
    }
    case "date": {
      const time = Date.parse(text);
      if (Number.isNaN(time)) throw badQuery(`The value '${text}' is not a valid date for the attribute '${column}'.`);
      return time;
    }
    case "guid":
      return text.replace(/[{}]/g, "").toLowerCase();
    case "text":
      return text;
  }
}
