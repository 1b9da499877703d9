import type { Token } from "@odata/parser";
import { categoryOf, comparableCell, compareNonNull } from "./cellComparison";
import type { ValueCategory } from "./cellComparison";
import { badQuery, unknownProperty, unsupported } from "../errors";
import { isPropertyReference, literalType, methodCall, operands, propertyName, stringLiteralText, unwrap } from "./odataTokens";
import type { DataverseFunctionCall } from "./dataverseFunctions";
import { compileLike } from "./likePattern";
import { findColumn } from "../tables/schema";
import type { TableDefinition } from "../tables/schema";
import type { StoredRow } from "../tables/store";

export type RowPredicate = (row: StoredRow) => boolean;

type Comparable = string | number | null;

/** One side of a comparison: how to read it from a row, and its type (null for the `null` literal). */
interface Operand {
  read: (row: StoredRow) => Comparable;
  category: ValueCategory | null;
  edmType: string;
}

const COMPARISONS: Readonly<Record<string, { operatorKind: string; test: (order: number) => boolean }>> = {
  EqualsExpression: { operatorKind: "Equal", test: (order) => order === 0 },
  NotEqualsExpression: { operatorKind: "NotEqual", test: (order) => order !== 0 },
  LesserThanExpression: { operatorKind: "LessThan", test: (order) => order < 0 },
  LesserOrEqualsExpression: { operatorKind: "LessThanOrEqual", test: (order) => order <= 0 },
  GreaterThanExpression: { operatorKind: "GreaterThan", test: (order) => order > 0 },
  GreaterOrEqualsExpression: { operatorKind: "GreaterThanOrEqual", test: (order) => order >= 0 },
};

/**
 * The OData string functions become SQL LIKE patterns, so `%`, `_` and `[…]` in the search text are wildcards
 * (see likePattern.ts): `contains(subject,'50%')` matches every subject containing "50".
 * https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
 */
const TEXT_FUNCTIONS: Readonly<Record<string, (search: string) => string>> = {
  contains: (search) => `%${search}%`,
  startswith: (search) => `${search}%`,
  endswith: (search) => `%${search}`,
};

const EDM_TYPE_OF_CATEGORY: Readonly<Record<ValueCategory, string>> = {
  text: "Edm.String",
  number: "Edm.Int32",
  date: "Edm.DateTimeOffset",
  guid: "Edm.Guid",
};

/**
 * Turns a parsed `$filter` into a row predicate, rejecting unknown columns and mismatched types up front. `calls` are
 * the Dataverse query functions lifted out of the text before parsing (see dataverseFunctions.ts).
 */
export function compileFilter(token: Token, table: TableDefinition, calls: ReadonlyMap<string, DataverseFunctionCall> = new Map()): RowPredicate {
  const expression = unwrap(token);
  const compile = (inner: Token): RowPredicate => compileFilter(inner, table, calls);
  switch (expression.type) {
    case "AndExpression": {
      const { left, right } = operands(expression);
      const [first, second] = [compile(left), compile(right)];
      return (row) => first(row) && second(row);
    }
    case "OrExpression": {
      const { left, right } = operands(expression);
      const [first, second] = [compile(left), compile(right)];
      return (row) => first(row) || second(row);
    }
    case "NotExpression": {
      const inner = compile(expression.value as Token);
      return (row) => !inner(row);
    }
    case "MethodCallExpression":
      return compileTextFunction(expression, table);
    case "FunctionExpression":
      return compileDataverseFunction(liftedCall(expression, calls), table);
    default:
      if (expression.type in COMPARISONS) return compileComparison(expression, table);
      throw unsupported(`The filter expression '${expression.raw}'`);
  }
}

function compileComparison(expression: Token, table: TableDefinition): RowPredicate {
  const { operatorKind, test } = COMPARISONS[expression.type];
  const { left, right } = operands(expression);
  const [first, second] = [compileOperand(left, table), compileOperand(right, table)];
  if (first.category && second.category && first.category !== second.category) {
    throw badQuery(
      `A binary operator with incompatible types was detected. Found operand types '${first.edmType}' and '${second.edmType}' for operator kind '${operatorKind}'.`,
    );
  }
  const isEquality = operatorKind === "Equal" || operatorKind === "NotEqual";
  return (row) => {
    const [a, b] = [first.read(row), second.read(row)];
    if (a === null || b === null) return isEquality ? test(a === b ? 0 : 1) : false;
    return test(compareNonNull(a, b, first.category ?? second.category ?? "number"));
  };
}

function compileOperand(token: Token, table: TableDefinition): Operand {
  if (isPropertyReference(token)) {
    const name = propertyName(token);
    const column = findColumn(table, name);
    if (!column) throw unknownProperty(name, table.logicalName);
    const category = categoryOf(column.type);
    return { read: (row) => comparableCell(row.values[name], category), category, edmType: EDM_TYPE_OF_CATEGORY[category] };
  }
  const literal = unwrap(token);
  if (literal.type !== "Literal") throw unsupported(`The expression '${token.raw}'`);
  return literalOperand(literal);
}

function literalOperand(literal: Token): Operand {
  const edmType = literalType(literal);
  const constant = (value: Comparable, category: ValueCategory | null): Operand => ({ read: () => value, category, edmType });
  switch (edmType) {
    case "null":
      return constant(null, null);
    case "Edm.String":
      return constant(stringLiteralText(literal.raw), "text");
    case "Edm.Guid":
      return constant(literal.raw.toLowerCase(), "guid");
    case "Edm.DateTimeOffset":
    case "Edm.Date": {
      const time = Date.parse(literal.raw);
      if (Number.isNaN(time)) throw badQuery(`The date literal '${literal.raw}' is not a valid date.`);
      return constant(time, "date");
    }
    case "Edm.Boolean":
      throw unsupported("A Boolean literal (no column of this table is Boolean)");
    default:
      if (Number.isFinite(Number(literal.raw))) return constant(Number(literal.raw), "number");
      throw unsupported(`The literal '${literal.raw}'`);
  }
}

function compileTextFunction(expression: Token, table: TableDefinition): RowPredicate {
  const { method, parameters } = methodCall(expression);
  const toPattern = TEXT_FUNCTIONS[method];
  if (!toPattern) throw unsupported(`The function '${method}'`);
  const [target, search] = parameters.map(unwrap);
  if (parameters.length !== 2 || !isPropertyReference(target) || search.type !== "Literal" || literalType(search) !== "Edm.String") {
    throw badQuery(`The function '${method}' takes a text column and a string literal: '${expression.raw}'.`);
  }
  const column = compileOperand(target, table);
  if (column.category !== "text") {
    throw badQuery(`The function '${method}' needs a text column; '${propertyName(target)}' is ${column.edmType}.`);
  }
  const matches = compileLike(toPattern(stringLiteralText(search.raw)));
  return (row) => {
    const value = column.read(row);
    return typeof value === "string" && matches(value);
  };
}

/** The call a `Microsoft.Dynamics.CRM.<Name>(Call=@alias)` placeholder stands for. */
function liftedCall(expression: Token, calls: ReadonlyMap<string, DataverseFunctionCall>): DataverseFunctionCall {
  const { params } = expression.value as { params: { value: Token[] } };
  const alias = (params.value[0]?.value as { value?: { value?: { name?: string } } } | undefined)?.value?.value?.name;
  const call = alias === undefined ? undefined : calls.get(alias);
  if (!call) throw unsupported(`The function call '${expression.raw}'`);
  return call;
}

/** `In` and `NotIn`: whether a column's value is one of `PropertyValues` (given as strings or numbers). */
function compileDataverseFunction(call: DataverseFunctionCall, table: TableDefinition): RowPredicate {
  if (call.name !== "In" && call.name !== "NotIn") throw unsupported(`The function 'Microsoft.Dynamics.CRM.${call.name}'`);
  const { PropertyName: name, PropertyValues: values } = call.parameters;
  if (typeof name !== "string" || !Array.isArray(values)) {
    throw badQuery(`The function 'Microsoft.Dynamics.CRM.${call.name}' takes PropertyName='<column>' and PropertyValues=[…].`);
  }
  const column = findColumn(table, name);
  if (!column) throw unknownProperty(name, table.logicalName);
  const category = categoryOf(column.type);
  const wanted = (values as readonly (string | number)[]).map((value) => literalForCategory(value, category, name));
  const isIn = (row: StoredRow): boolean => {
    const value = comparableCell(row.values[name], category);
    return value !== null && wanted.some((candidate) => compareNonNull(value, candidate, category) === 0);
  };
  return call.name === "In" ? isIn : (row) => !isIn(row);
}

function literalForCategory(value: string | number, category: ValueCategory, column: string): string | number {
  if (category === "number") {
    const number = Number(value);
    if (!Number.isFinite(number)) throw badQuery(`The value '${value}' is not valid for '${column}'.`);
    return number;
  }
  if (category === "date") return Date.parse(String(value));
  return category === "guid" ? String(value).toLowerCase() : String(value);
}
