import { defaultParser } from "@odata/parser";
import type { Token } from "@odata/parser";
import { badQuery, syntaxError, unknownProperty, unsupported } from "../errors";
import { liftDataverseFunctions } from "./dataverseFunctions";
import { compileFilter } from "./filterCompiler";
import type { RowPredicate } from "./filterCompiler";
import { propertyName } from "./odataTokens";
import type { OrderByKey } from "./ordering";
import { findColumn } from "../tables/schema";
import type { ColumnDefinition, TableDefinition } from "../tables/schema";

export interface QueryOptions {
  /** Selected columns; null selects every column. */
  readonly select: readonly ColumnDefinition[] | null;
  readonly filter: RowPredicate | null;
  readonly orderBy: readonly OrderByKey[];
  readonly top: number | null;
  readonly count: boolean;
  readonly skipToken: string | null;
}

const SUPPORTED_OPTIONS = new Set(["$select", "$filter", "$orderby", "$top", "$count", "$skiptoken"]);

/**
 * Reads the system query options of a request. `params` are already URL-decoded; each option's value is
 * parsed by `@odata/parser` and checked against the table's columns.
 */
export function parseQueryOptions(params: URLSearchParams, table: TableDefinition): QueryOptions {
  for (const key of params.keys()) {
    if (key.startsWith("$") && !SUPPORTED_OPTIONS.has(key)) throw unsupported(`The query parameter ${key}`);
  }
  const value = (key: string): string | null => params.get(key);
  return {
    select: optional(value("$select"), (text) => parseSelect(text, table)),
    filter: optional(value("$filter"), (text) => parseFilter(text, table)),
    orderBy: optional(value("$orderby"), (text) => parseOrderBy(text, table)) ?? [],
    top: optional(value("$top"), parseTop),
    count: optional(value("$count"), parseCount) ?? false,
    skipToken: value("$skiptoken"),
  };
}

function optional<T>(text: string | null, parse: (text: string) => T): T | null {
  return text === null ? null : parse(text);
}

function parseFilter(text: string, table: TableDefinition): RowPredicate {
  const lifted = liftDataverseFunctions(text);
  return compileFilter(parseOption("$filter", lifted.filter, (source) => defaultParser.filter(source)), table, lifted.calls);
}

function parseOption(option: string, text: string, parse: (source: string) => Token): Token {
  try {
    return parse(text);
  } catch (error) {
    throw syntaxError(option, text, error instanceof Error ? error.message : String(error));
  }
}

/** The single option token of `$name=value`, parsed by the library's query-options grammar. */
function parseSystemOption(option: string, text: string): Token {
  const options = parseOption(option, text, (source) => defaultParser.query(`${option}=${source}`)).value as { options: Token[] };
  return options.options[0];
}

function parseSelect(text: string, table: TableDefinition): ColumnDefinition[] {
  const items = (parseSystemOption("$select", text).value as { items: Token[] }).items;
  return items.map((item) => {
    const column = findColumn(table, item.raw);
    if (!column) throw unknownProperty(item.raw, table.logicalName);
    return column;
  });
}

function parseOrderBy(text: string, table: TableDefinition): OrderByKey[] {
  const items = (parseSystemOption("$orderby", text).value as { items: Token[] }).items;
  return items.map((item) => {
    const { expr, direction } = item.value as { expr: Token; direction: number };
    const name = propertyName(expr);
    const column = findColumn(table, name);
    if (!column) throw unknownProperty(name, table.logicalName);
    return { column, descending: direction < 0 };
  });
}

function parseTop(text: string): number {
  const top = Number((parseSystemOption("$top", text).value as Token).raw);
  if (!Number.isInteger(top) || top < 0) throw badQuery(`Invalid value '${text}' for $top query option found. The $top query option requires a non-negative integer value.`);
  return top;
}

function parseCount(text: string): boolean {
  const literal = (parseSystemOption("$count", text).value as Token).raw;
  return literal === "true";
}
