import { DataverseError, badQuery } from "../errors";
import type { FetchAttribute, FetchQuery } from "./fetchXmlQuery";
import type { LookupNameResolver } from "../query/ordering";
import { BY_VALUE, buildSortKeys, byLabelIn, withPrimaryKey } from "../query/ordering";
import { compareWithNullsFirst } from "../query/cellComparison";
import { choiceLabel } from "../optionSets/choiceLabel";
import type { SortValue } from "../odata/pagingCookie";
import { isAnnotationRequested } from "../odata/preferHeader";
import { FORMATTED_VALUE, LOOKUP_LOGICAL_NAME, contextFragment, serializeRow } from "../odata/rowSerializer";
import type { JsonRow, SerializationContext } from "../odata/rowSerializer";
import type { CellValue, StoredRow } from "../tables/store";
import type { UserTimeZone } from "../query/userTimeZone";
import { utcDateOf } from "../query/userTimeZone";

export interface FetchAnswerContext {
  /** e.g. `http://127.0.0.1:8181/api/data/v9.2` */
  readonly serviceRoot: string;
  readonly annotationPatterns: readonly string[] | null;
  readonly lookupName: LookupNameResolver;
  /** The user's language (LCID): choice labels, and the order of choice columns, follow it. */
  readonly languageId: number;
  /** The user's time zone: date grouping follows it unless `usertimezone="false"`. */
  readonly timeZone: UserTimeZone;
}

/** 0x8004E023 AggregateQueryRecordLimitExceeded. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations */
const AGGREGATE_LIMIT_EXCEEDED = "0x8004e023";
const ATTRIBUTE_NAME = "OData.Community.Display.V1.AttributeName";
const MORE_RECORDS = "Microsoft.Dynamics.CRM.morerecords";
const countFormat = new Intl.NumberFormat("en-US");

/** The Web API's JSON answer to a FetchXML query: aggregate rows, or the fetched rows. */
export function answerFetch(query: FetchQuery, rows: readonly StoredRow[], context: FetchAnswerContext): Record<string, unknown> {
  const matching = query.filter ? rows.filter(query.filter) : [...rows];
  return query.aggregate ? aggregateAnswer(query, matching, context) : rowsAnswer(query, matching, context);
}

/**
 * One row per group, each aliased attribute a property named by its alias, with formatted values (and the attribute
 * name) as annotations when `Prefer: odata.include-annotations` asks. Null group values are left out: "data returned
 * from FetchXML will not return properties with null values". No group-by gives one row, even over no records.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/aggregate-data (the annotation shape)
 */
function aggregateAnswer(query: FetchQuery, matching: readonly StoredRow[], context: FetchAnswerContext): Record<string, unknown> {
  if (matching.length > query.aggregateLimit) {
    throw new DataverseError(400, AGGREGATE_LIMIT_EXCEEDED, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
  }
  const groupBy = query.attributes.filter((attribute) => attribute.groupBy);
  const groups = groupRows(matching, groupBy, context.timeZone);
  const results = [...groups.values()].map((members) => ({ members, json: aggregateRow(query.attributes, members, context) }));
  results.sort(aggregateOrder(query, groupBy, context));
  return { "@odata.context": `${context.serviceRoot}/$metadata#${query.table.entitySetName}`, value: results.map((result) => result.json) };
}

/**
 * The value a row groups under: the column's value, or for `dategrouping` the part of its date (day of the month,
 * month 1–12, year) in the user's time zone, or in UTC with `usertimezone="false"`. A null date groups as null.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute
 */
export function groupedValue(attribute: FetchAttribute, row: StoredRow, timeZone: UserTimeZone): CellValue {
  const value: CellValue = row.values[attribute.column.name] ?? null;
  if (attribute.dateGrouping === null || value === null) return value;
  const instant = new Date(String(value));
  if (Number.isNaN(instant.getTime())) return null;
  const date = attribute.userTimeZone ? timeZone.dateOf(instant) : utcDateOf(instant);
  return date[attribute.dateGrouping];
}

function groupRows(rows: readonly StoredRow[], groupBy: readonly FetchAttribute[], timeZone: UserTimeZone): Map<string, StoredRow[]> {
  const groups = new Map<string, StoredRow[]>();
  if (groupBy.length === 0) groups.set(JSON.stringify([]), []);
  for (const row of rows) {
    const key = JSON.stringify(groupBy.map((attribute) => groupedValue(attribute, row, timeZone)));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function aggregateRow(attributes: readonly FetchAttribute[], members: readonly StoredRow[], context: FetchAnswerContext): JsonRow {
  const json: JsonRow = {};
  for (const attribute of attributes) {
    const alias = attribute.alias ?? attribute.column.name;
    if (attribute.groupBy) Object.assign(json, groupValue(alias, attribute, members[0], context));
    else Object.assign(json, countValue(alias, attribute, aggregateOf(attribute, members), context));
  }
  return json;
}

function aggregateOf(attribute: FetchAttribute, members: readonly StoredRow[]): number {
  if (attribute.aggregate === "count") return members.length;
  const values = members.map((row) => row.values[attribute.column.name]).filter((value) => value !== null && value !== undefined);
  return attribute.distinct ? new Set(values).size : values.length;
}

function groupValue(alias: string, attribute: FetchAttribute, row: StoredRow, context: FetchAnswerContext): JsonRow {
  const value = groupedValue(attribute, row, context.timeZone);
  if (value === null) return {};
  const { column } = attribute;
  if (attribute.dateGrouping !== null) {
    return { ...annotation(context, alias, ATTRIBUTE_NAME, column.name), ...annotation(context, alias, FORMATTED_VALUE, String(value)), [alias]: value };
  }
  const formatted = column.options ? choiceLabel(column, Number(value), context.languageId) : column.type === "lookup" ? context.lookupName(row, column) : null;
  return {
    ...annotation(context, alias, ATTRIBUTE_NAME, logicalName(column.name)),
    ...(formatted === null ? {} : annotation(context, alias, FORMATTED_VALUE, formatted)),
    ...(column.type === "lookup" ? annotation(context, alias, LOOKUP_LOGICAL_NAME, row.lookupTables[column.name] ?? null) : {}),
    [alias]: value,
  };
}

function countValue(alias: string, attribute: FetchAttribute, count: number, context: FetchAnswerContext): JsonRow {
  return {
    ...annotation(context, alias, ATTRIBUTE_NAME, logicalName(attribute.column.name)),
    ...annotation(context, alias, FORMATTED_VALUE, countFormat.format(count)),
    [alias]: count,
  };
}

function annotation(context: FetchAnswerContext, alias: string, term: string, value: string | null): JsonRow {
  return value !== null && isAnnotationRequested(context.annotationPatterns, term) ? { [`${alias}@${term}`]: value } : {};
}

/** `_regardingobjectid_value` → `regardingobjectid`: FetchXML and its annotations use logical names. */
function logicalName(columnName: string): string {
  const match = /^_(.+)_value$/.exec(columnName);
  return match ? match[1] : columnName;
}

/**
 * Orders groups by `<order alias="…">` (choice groups by their label in the user's language unless `useraworderby`,
 * counts by number), then by the group values so the answer is stable.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows
 */
function aggregateOrder(
  query: FetchQuery,
  groupBy: readonly FetchAttribute[],
  { languageId, timeZone }: FetchAnswerContext,
): (a: { members: StoredRow[]; json: JsonRow }, b: { members: StoredRow[]; json: JsonRow }) => number {
  const keys = [...query.orders, ...groupBy.map((attribute) => ({ alias: attribute.alias ?? "", descending: false }))].map((order) => {
    if (!("alias" in order)) throw badQuery("Order an aggregate query by the alias of a grouped or aggregated attribute.");
    const attribute = query.attributes.find((candidate) => candidate.alias === order.alias);
    if (!attribute) throw badQuery(`No attribute has the alias '${order.alias}' given in an order.`);
    return { attribute, sign: order.descending ? -1 : 1 };
  });
  const sortValue = (attribute: FetchAttribute, members: readonly StoredRow[]): SortValue => {
    if (!attribute.groupBy) return aggregateOf(attribute, members);
    const value = members[0] === undefined ? null : groupedValue(attribute, members[0], timeZone);
    if (value === null) return null;
    return attribute.column.options && !query.rawOrderBy ? choiceLabel(attribute.column, Number(value), languageId) ?? String(value) : value;
  };
  return (a, b) => {
    for (const { attribute, sign } of keys) {
      const [left, right] = [sortValue(attribute, a.members), sortValue(attribute, b.members)];
      const order = compareWithNullsFirst(left, right, typeof left === "string" || typeof right === "string" ? "text" : "number");
      if (order !== 0) return order * sign;
    }
    return 0;
  };
}

/**
 * Plain fetch: the chosen attributes of each row (nulls left out, the primary key always there), ordered like
 * FetchXML orders (choices by label unless `useraworderby`, then the primary key), limited by `top` or paged by
 * `count`/`page` with `@Microsoft.Dynamics.CRM.morerecords`. Paging cookies are not emulated.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#simple-paging
 */
function rowsAnswer(query: FetchQuery, matching: readonly StoredRow[], context: FetchAnswerContext): Record<string, unknown> {
  const orders = query.orders.map((order) => {
    if ("alias" in order) throw badQuery("An order by alias needs an aggregate query.");
    return order;
  });
  const sortKeys = buildSortKeys(withPrimaryKey(query.table, orders), context.lookupName, query.rawOrderBy ? BY_VALUE : byLabelIn(context.languageId));
  const sorted = [...matching].sort(sortKeys.compareRows);
  const pageSize = query.top ?? query.count ?? 5000;
  const start = query.top === null ? (query.page - 1) * pageSize : 0;
  const page = sorted.slice(start, start + pageSize);
  const moreRecords = query.top === null && sorted.length > start + pageSize;
  const columns = query.allAttributes ? null : query.attributes.map((attribute) => attribute.column);
  const { annotationPatterns, lookupName, languageId } = context;
  const serialization: SerializationContext = { table: query.table, select: columns, annotationPatterns, lookupName, languageId };
  return {
    "@odata.context": `${context.serviceRoot}/$metadata#${contextFragment(query.table, columns)}`,
    ...(moreRecords && isAnnotationRequested(context.annotationPatterns, MORE_RECORDS) ? { [`@${MORE_RECORDS}`]: true } : {}),
    value: page.map((row) => withoutNulls(serializeRow(row, serialization))),
  };
}

function withoutNulls(json: JsonRow): JsonRow {
  return Object.fromEntries(Object.entries(json).filter(([, value]) => value !== null));
}
