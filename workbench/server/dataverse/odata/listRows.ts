import type { SortKeys } from "../query/ordering";
import { decodeSkipToken, encodeSkipToken } from "./pagingCookie";
import type { Preferences } from "./preferHeader";
import { MAX_PAGE_SIZE } from "./preferHeader";
import type { QueryOptions } from "../query/queryOptions";
import type { JsonRow } from "./rowSerializer";
import type { StoredRow } from "../tables/store";

export interface ListRequest {
  readonly rows: readonly StoredRow[];
  readonly query: QueryOptions;
  readonly preferences: Preferences;
  /** The query's order, primary key included. */
  readonly sortKeys: SortKeys;
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

/**
 * Filters, orders and pages a table. Without a page size, `$top` limits the result and no paging applies. With
 * `Prefer: odata.maxpagesize`, `$top` is ignored: "Don't use `$top` with the `Prefer: odata.maxpagesize` request
 * header. If you include both, `$top` is ignored."
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results#dont-use-the-top-query-option-while-paging-records
 */
export function listPage(request: ListRequest): ListPage {
  const { query, sortKeys, preferences } = request;
  const matching = request.rows.filter((row) => !query.filter || query.filter(row)).sort(sortKeys.compareRows);
  if (query.top !== null && preferences.maxPageSize === null) {
    return { rows: matching.slice(0, query.top), count: matching.length, nextLink: null, pagingApplied: false };
  }
  const pageSize = preferences.maxPageSize ?? MAX_PAGE_SIZE;
  const position = query.skipToken === null ? null : decodeSkipToken(sortKeys.columns, query.skipToken);
  // A seek past the previous page's last values, not a search for its last row: that row may be gone.
  const remaining = position === null ? matching : matching.filter((row) => sortKeys.compareValues(sortKeys.valuesOf(row), position.last) > 0);
  const page = remaining.slice(0, pageSize);
  const pageNumber = (position?.pageNumber ?? 1) + 1;
  const nextLink = remaining.length > pageSize ? buildNextLink(request, nextSkipToken(sortKeys, page, pageNumber)) : null;
  return { rows: page, count: matching.length, nextLink, pagingApplied: preferences.maxPageSize !== null };
}

function nextSkipToken(sortKeys: SortKeys, page: readonly StoredRow[], pageNumber: number): string {
  return encodeSkipToken(sortKeys.columns, pageNumber, sortKeys.valuesOf(page[page.length - 1]), sortKeys.valuesOf(page[0]));
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
