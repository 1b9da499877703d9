import type { IncomingMessage, ServerResponse } from "node:http";
import { createRow } from "./tables/createRow";
import { badQuery, methodNotAllowed, rowNotFound } from "./errors";
import { API_ROOT, readBody, sendJson, sendNoContent, serviceRoot } from "./odata/httpIo";
import { answerFetch } from "./fetchXml/fetchXmlResult";
import { AGGREGATE_RECORD_LIMIT, parseFetchXml } from "./fetchXml/fetchXmlQuery";
import { listPage, pageBody } from "./odata/listRows";
import { BY_VALUE, buildSortKeys, withPrimaryKey } from "./query/ordering";
import { appliedPreferences, parsePreferHeader } from "./odata/preferHeader";
import type { Preferences } from "./odata/preferHeader";
import { parseQueryOptions } from "./query/queryOptions";
import type { QueryOptions } from "./query/queryOptions";
import { parseResourceSegment } from "./odata/resourcePath";
import type { ResourceTarget } from "./odata/resourcePath";
import { contextFragment, serializeRow } from "./odata/rowSerializer";
import type { SerializationContext } from "./odata/rowSerializer";
import { findTableByLogicalName } from "./tables/schema";
import type { ColumnDefinition, TableDefinition } from "./tables/schema";
import type { DataStore, StoredRow } from "./tables/store";
import { userLanguageOf } from "./optionSets/userLanguage";
import { userTimeZoneOf } from "./query/userTimeZone";

/** Answers Web API requests (the part after the workbench's faults and latency) from the in-memory store. */
export class WebApiEmulator {
  constructor(
    private readonly store: () => DataStore,
    private readonly now: () => Date,
    /** The most records an aggregate may read (the workbench's knob lowers the platform's 50,000 to test the failure). */
    private readonly aggregateRecordLimit: () => number = () => AGGREGATE_RECORD_LIMIT,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "";
    const queryStart = url.indexOf("?");
    const path = queryStart < 0 ? url : url.slice(0, queryStart);
    const rawQuery = queryStart < 0 ? "" : url.slice(queryStart + 1);
    const target = parseResourceSegment(decodePath(path.slice(API_ROOT.length + 1)));
    const method = req.method ?? "GET";
    const params = new URLSearchParams(rawQuery);
    const preferences = parsePreferHeader(req.headers.prefer);
    const fetchXml = params.get("fetchXml");
    if (method === "GET" && target.id === null && fetchXml !== null) return this.fetch(req, res, target.table, fetchXml, preferences);
    const query = parseQueryOptions(params, target.table);
    if (method === "GET" && target.id === null) return this.list(req, res, target.table, { query, preferences, rawQuery });
    if (method === "GET") return this.retrieve(req, res, target, query, preferences);
    if (method === "POST" && target.id === null && target.table.creatable) return this.create(req, res, target.table, query, preferences);
    if (method === "DELETE" && target.id !== null && target.table.creatable) return this.delete(res, target);
    throw methodNotAllowed(method);
  }

  private list(
    req: IncomingMessage,
    res: ServerResponse,
    table: TableDefinition,
    request: { query: QueryOptions; preferences: Preferences; rawQuery: string },
  ): void {
    const root = serviceRoot(req);
    const page = listPage({
      rows: this.store().rows(table),
      query: request.query,
      preferences: request.preferences,
      sortKeys: buildSortKeys(withPrimaryKey(table, request.query.orderBy), this.lookupName, BY_VALUE),
      entitySetUrl: `${root}/${table.entitySetName}`,
      rawQuery: request.rawQuery,
    });
    const serialization = this.serialization(req, table, request.query.select, request.preferences);
    const body = pageBody(`${root}/$metadata#${contextFragment(table, request.query.select)}`, page, request.query.count, (row) =>
      serializeRow(row, serialization),
    );
    sendJson(res, 200, body, preferenceHeader(request.preferences, page.pagingApplied));
  }

  /** `GET <entityset>?fetchXml=…`: what `retrieveMultipleRecords(entity, "?fetchXml=" + encodeURIComponent(fetch))` sends. */
  private fetch(req: IncomingMessage, res: ServerResponse, table: TableDefinition, fetchXml: string, preferences: Preferences): void {
    const timeZone = userTimeZoneOf(req.headers);
    const parsed = parseFetchXml(fetchXml, table, timeZone);
    const query = { ...parsed, aggregateLimit: Math.min(parsed.aggregateLimit, this.aggregateRecordLimit()) };
    const body = answerFetch(query, this.store().rows(table), {
      timeZone,
      serviceRoot: serviceRoot(req),
      annotationPatterns: preferences.annotationPatterns,
      lookupName: this.lookupName,
      languageId: userLanguageOf(req.headers),
    });
    sendJson(res, 200, body, preferenceHeader(preferences, false));
  }

  private retrieve(req: IncomingMessage, res: ServerResponse, target: ResourceTarget, query: QueryOptions, preferences: Preferences): void {
    const { table, id } = target;
    const row = id === null ? undefined : this.store().find(table, id);
    if (!row || id === null) throw rowNotFound(table.logicalName, id ?? "");
    this.sendEntity(req, res, 200, table, row, query, preferences);
  }

  private async create(req: IncomingMessage, res: ServerResponse, table: TableDefinition, query: QueryOptions, preferences: Preferences): Promise<void> {
    const row = createRow(this.store(), table, await readBody(req), this.now());
    const entityId = `${serviceRoot(req)}/${table.entitySetName}(${row.values[table.primaryKey]})`;
    if (preferences.returnRepresentation) {
      this.sendEntity(req, res, 201, table, row, query, preferences, { "OData-EntityId": entityId, Location: entityId });
    } else {
      sendNoContent(res, { "OData-EntityId": entityId, Location: entityId });
    }
  }

  /** `DELETE <entityset>(<id>)` answers 204 No Content, or 404 when the row does not exist. */
  private delete(res: ServerResponse, { table, id }: ResourceTarget): void {
    if (id === null || !this.store().delete(table, id)) throw rowNotFound(table.logicalName, id ?? "");
    sendNoContent(res, {});
  }

  private sendEntity(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    table: TableDefinition,
    row: StoredRow,
    query: QueryOptions,
    preferences: Preferences,
    headers: Record<string, string> = {},
  ): void {
    const body = {
      "@odata.context": `${serviceRoot(req)}/$metadata#${contextFragment(table, query.select)}/$entity`,
      ...serializeRow(row, this.serialization(req, table, query.select, preferences)),
    };
    sendJson(res, status, body, { ...headers, ...preferenceHeader(preferences, false) });
  }

  private serialization(
    req: IncomingMessage,
    table: TableDefinition,
    select: readonly ColumnDefinition[] | null,
    preferences: Preferences,
  ): SerializationContext {
    return { table, select, annotationPatterns: preferences.annotationPatterns, lookupName: this.lookupName, languageId: userLanguageOf(req.headers) };
  }

  /** The primary name of the row a lookup points to (what Dataverse shows and sorts lookups by). */
  private readonly lookupName = (row: StoredRow, column: ColumnDefinition): string | null => {
    const targetTable = findTableByLogicalName(row.lookupTables[column.name] ?? "");
    const id = row.values[column.name];
    if (!targetTable || typeof id !== "string") return null;
    const target = this.store().find(targetTable, id);
    const name = target?.values[targetTable.primaryName];
    return typeof name === "string" ? name : null;
  };
}

function preferenceHeader(preferences: Preferences, pagingApplied: boolean): Record<string, string> {
  const applied = appliedPreferences(preferences, pagingApplied);
  return applied ? { "Preference-Applied": applied } : {};
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw badQuery(`The request URL '${path}' is not correctly encoded.`);
  }
}
