import { XMLParser, XMLValidator } from "fast-xml-parser";
import { badQuery, unsupported } from "../errors";
import { fetchColumn } from "./fetchXmlColumns";
import { compileFetchFilter } from "./fetchXmlFilter";
import type { FetchFilterElement } from "./fetchXmlFilter";
import type { RowPredicate } from "../query/filterCompiler";
import type { ColumnDefinition, TableDefinition } from "../tables/schema";
import type { UserTimeZone } from "../query/userTimeZone";
import { UTC_ZONE } from "../query/userTimeZone";

/**
 * A FetchXML query as sent through the Web API (`GET <entityset>?fetchXml=<url-encoded fetch>`), reduced to what the
 * emulator answers: one entity, no link-entity, attributes (aggregated or grouped when `aggregate="true"`), orders and
 * a filter. Anything else is refused with Dataverse's error shape rather than answered wrongly.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch
 */
export interface FetchQuery {
  readonly table: TableDefinition;
  readonly aggregate: boolean;
  /** `aggregatelimit`, capped at the platform's 50,000 rows. */
  readonly aggregateLimit: number;
  readonly attributes: readonly FetchAttribute[];
  readonly allAttributes: boolean;
  readonly orders: readonly FetchOrder[];
  readonly filter: RowPredicate | null;
  readonly top: number | null;
  readonly count: number | null;
  readonly page: number;
  /** `useraworderby`: choice columns sort by value instead of label. */
  readonly rawOrderBy: boolean;
}

export type AggregateFunction = "count" | "countcolumn";

/** The date parts the emulator groups by; Dataverse also documents week, quarter, fiscal-period and fiscal-year. */
export type DateGrouping = "day" | "month" | "year";

const SUPPORTED_DATE_GROUPINGS: readonly string[] = ["day", "month", "year"];
const DOCUMENTED_DATE_GROUPINGS: readonly string[] = ["day", "week", "month", "quarter", "year", "fiscal-period", "fiscal-year"];

export interface FetchAttribute {
  readonly column: ColumnDefinition;
  readonly alias: string | null;
  readonly aggregate: AggregateFunction | null;
  readonly groupBy: boolean;
  /** `distinct="true"` on a `countcolumn`: count distinct values. */
  readonly distinct: boolean;
  /** `dategrouping` on a grouped date column: the part of the date it groups by. */
  readonly dateGrouping: DateGrouping | null;
  /** `usertimezone` (default true): date parts in the user's time zone; false groups by UTC. */
  readonly userTimeZone: boolean;
}

export type FetchOrder = { readonly column: ColumnDefinition; readonly descending: boolean } | { readonly alias: string; readonly descending: boolean };

/** "Queries that return aggregate values are limited to 50,000 records." https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations */
export const AGGREGATE_RECORD_LIMIT = 50_000;

const SUPPORTED_AGGREGATES: readonly string[] = ["count", "countcolumn"];

/** Elements that may repeat; parsed as arrays even when there is one. Attributes named like them (`value`) stay strings. */
const ARRAY_ELEMENTS: readonly string[] = ["attribute", "order", "filter", "condition", "value", "link-entity", "entity"];

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && ARRAY_ELEMENTS.includes(name),
});

type Element = Record<string, unknown>;

/** @param timeZone the user's time zone, for date-only conditions (`on-or-after`). */
export function parseFetchXml(text: string, table: TableDefinition, timeZone: UserTimeZone = UTC_ZONE): FetchQuery {
  if (XMLValidator.validate(text) !== true) throw badQuery("The fetchXml parameter is not valid XML.");
  const fetch = (xmlParser.parse(text) as { fetch?: Element }).fetch;
  if (!fetch || typeof fetch !== "object") throw badQuery("The fetchXml parameter must have a <fetch> root element.");
  const entities = (fetch.entity as Element[] | undefined) ?? [];
  if (entities.length !== 1) throw badQuery("A fetch must contain exactly one <entity> element.");
  const entity = entities[0];
  if (entity.name !== table.logicalName) {
    throw badQuery(`The entity '${String(entity.name)}' of the fetch does not match the entity set '${table.entitySetName}'.`);
  }
  refuseUnsupported(fetch, entity);
  const aggregate = fetch.aggregate === "true";
  const attributes = ((entity.attribute as Element[] | undefined) ?? []).map((element) => parseAttribute(element, table, aggregate));
  if (aggregate) checkAggregateAttributes(attributes);
  return {
    table,
    aggregate,
    aggregateLimit: Math.min(optionalInteger(fetch, "aggregatelimit") ?? AGGREGATE_RECORD_LIMIT, AGGREGATE_RECORD_LIMIT),
    attributes,
    allAttributes: "all-attributes" in entity,
    orders: ((entity.order as Element[] | undefined) ?? []).map((element) => parseOrder(element, table)),
    filter: compileFetchFilter((entity.filter as FetchFilterElement[] | undefined) ?? [], table, timeZone),
    top: optionalInteger(fetch, "top"),
    count: optionalInteger(fetch, "count"),
    page: optionalInteger(fetch, "page") ?? 1,
    rawOrderBy: fetch.useraworderby === "true",
  };
}

function refuseUnsupported(fetch: Element, entity: Element): void {
  if ("link-entity" in entity) throw unsupported("FetchXML link-entity");
  if ("paging-cookie" in fetch) throw unsupported("A FetchXML paging-cookie");
  if (fetch.distinct === "true" && fetch.aggregate !== "true") throw unsupported("A distinct FetchXML query");
}

function parseAttribute(element: Element, table: TableDefinition, aggregate: boolean): FetchAttribute {
  const column = fetchColumn(table, element.name);
  const aggregateFunction = element.aggregate === undefined ? null : String(element.aggregate);
  if (aggregateFunction !== null && !SUPPORTED_AGGREGATES.includes(aggregateFunction)) throw unsupported(`The aggregate function '${aggregateFunction}'`);
  if (!aggregate && (aggregateFunction !== null || element.groupby === "true")) {
    throw badQuery("An attribute with aggregate or groupby needs aggregate=\"true\" on the fetch element.");
  }
  return {
    column,
    alias: element.alias === undefined ? null : String(element.alias),
    aggregate: aggregateFunction as AggregateFunction | null,
    groupBy: element.groupby === "true",
    distinct: element.distinct === "true",
    dateGrouping: parseDateGrouping(element, column),
    userTimeZone: element.usertimezone !== "false",
  };
}

/**
 * `dategrouping` groups a date column by one part of its value: day (of the month), month, year, in the user's time
 * zone unless `usertimezone="false"`. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute
 */
function parseDateGrouping(element: Element, column: ColumnDefinition): DateGrouping | null {
  if (element.dategrouping === undefined) return null;
  const part = String(element.dategrouping);
  if (!DOCUMENTED_DATE_GROUPINGS.includes(part)) throw badQuery(`The dategrouping '${part}' is not valid.`);
  if (!SUPPORTED_DATE_GROUPINGS.includes(part)) throw unsupported(`FetchXML dategrouping '${part}'`);
  if (element.groupby !== "true") throw badQuery(`The attribute '${column.name}' needs groupby="true" to use dategrouping.`);
  if (column.type !== "datetime") throw badQuery(`The dategrouping needs a date and time attribute; '${column.name}' is not one.`);
  return part as DateGrouping;
}

/** "Set the alias attribute for each attribute element" and give each an aggregate or a groupby. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data */
function checkAggregateAttributes(attributes: readonly FetchAttribute[]): void {
  for (const attribute of attributes) {
    if (attribute.alias === null) throw badQuery(`The attribute '${attribute.column.name}' of an aggregate query needs an alias.`);
    if (attribute.aggregate === null && !attribute.groupBy) {
      throw badQuery(`The attribute '${attribute.column.name}' of an aggregate query needs an aggregate function or groupby="true".`);
    }
  }
}

function parseOrder(element: Element, table: TableDefinition): FetchOrder {
  const descending = element.descending === "true";
  if (element.alias !== undefined) return { alias: String(element.alias), descending };
  if (element.entityname !== undefined) throw unsupported("An order on a link-entity");
  return { column: fetchColumn(table, element.attribute), descending };
}

function optionalInteger(element: Element, name: string): number | null {
  if (element[name] === undefined) return null;
  const value = Number(element[name]);
  if (!Number.isInteger(value) || value < 1) throw badQuery(`The fetch attribute ${name}='${String(element[name])}' must be a positive integer.`);
  return value;
}
