import { badQuery } from "./errors";
import type { RowComparator } from "./ordering";
import { decodeSkipToken, encodeSkipToken } from "./pagingCookie";
import type { Preferences } from "./preferHeader";
import { MAX_PAGE_SIZE } from "./preferHeader";
import type { QueryOptions } from "./queryOptions";
import type { JsonRow } from "./rowSerializer";
import type { StoredRow } from "./store";
import type { TableDefinition } from "./schema";

export interface ListRequest {
  readonly table: TableDefinition;
  readonly rows: readonly StoredRow[];
  readonly query: QueryOptions;
  readonly preferences: Preferences;
  readonly comparator: RowComparator;
  /** Absolute URL of the entity set, for the next link. */
  readonly entitySetUrl: string;
  /** The query string as received (still encoded), without the leading `?`. */
  readonly rawQuery: string;
}

export interface ListPage {
  readonly rows: readonly StoredRow[];
  readonly count: number;
  readonly nextLink: string | null;
  readonly pagingApplied: boolean;
}

/** Filters, orders and pages a table. `$top` limits the result and then no page size applies, as in Dataverse. */
export function listPage(request: ListRequest): ListPage {
  const { query, table } = request;
  const matching = request.rows.filter((row) => !query.filter || query.filter(row)).sort(request.comparator);
  if (query.top !== null) return { rows: matching.slice(0, query.top), count: matching.length, nextLink: null, pagingApplied: false };
  const pageSize = request.preferences.maxPageSize ?? MAX_PAGE_SIZE;
  const position = query.skipToken === null ? null : decodeSkipToken(table.primaryKey, query.skipToken);
  const start = position === null ? 0 : indexAfter(matching, table.primaryKey, position.lastId);
  const page = matching.slice(start, start + pageSize);
  const hasMore = start + pageSize < matching.length;
  const pageNumber = (position?.pageNumber ?? 1) + 1;
  const nextLink = hasMore ? buildNextLink(request, encodeSkipToken(table.primaryKey, { pageNumber, lastId: idOf(page[page.length - 1], table) }, idOf(page[0], table))) : null;
  return { rows: page, count: matching.length, nextLink, pagingApplied: request.preferences.maxPageSize !== null };
}

function indexAfter(rows: readonly StoredRow[], primaryKey: string, lastId: string): number {
  const index = rows.findIndex((row) => row.values[primaryKey] === lastId);
  if (index < 0) throw badQuery("The $skiptoken names a row that is no longer part of this result.");
  return index + 1;
}

function idOf(row: StoredRow, table: TableDefinition): string {
  return String(row.values[table.primaryKey]);
}

/** The same request with its query options untouched, only the skip token replaced. */
function buildNextLink(request: ListRequest, skipToken: string): string {
  const kept = request.rawQuery
    .split("&")
    .filter((segment) => segment.length > 0 && !new URLSearchParams(segment).has("$skiptoken"));
  return `${request.entitySetUrl}?${[...kept, `$skiptoken=${encodeURIComponent(skipToken)}`].join("&")}`;
}

export function pageBody(contextUrl: string, page: ListPage, includeCount: boolean, serialize: (row: StoredRow) => JsonRow): Record<string, unknown> {
  return {
    "@odata.context": contextUrl,
    ...(includeCount ? { "@odata.count": page.count } : {}),
    value: page.rows.map(serialize),
    ...(page.nextLink ? { "@odata.nextLink": page.nextLink } : {}),
  };
}
