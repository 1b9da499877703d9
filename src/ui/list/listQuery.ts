import type { CreatedRange, HostRecord, SessionFilters, SessionListRequest } from "../../model";
import type { Settings } from "../../settings";

/**
 * What the list and the counts may ask, decided once per render: nothing while the record is unsaved, nothing while
 * the client is offline (the session table is not known to be available offline, and neither its lookup filter nor
 * aggregation is supported there: https://learn.microsoft.com/power-apps/mobile/offline-capabilities), else this
 * request. `key` names it: a load starts when the key changes, never because an object or a callback did.
 */
export type ListQuery =
  | { kind: "unsaved"; key: "unsaved" }
  | { kind: "offline"; key: "offline" }
  | { kind: "sessions"; key: string; request: SessionListRequest };

/** The request as a string: equal requests have equal keys, whatever their objects. */
export function requestKey({ regardingId, scope, filters, pageSize, createdRange }: SessionListRequest): string {
  return JSON.stringify([regardingId, scope, filters.status, filters.channels, filters.search, pageSize, createdRange?.from ?? null, createdRange?.to ?? null]);
}

export function listQuery(
  record: HostRecord,
  settings: Pick<Settings, "scope" | "pageSize">,
  filters: SessionFilters,
  isOffline: boolean,
  createdRange: CreatedRange | null = null,
): ListQuery {
  if (record.id === null) return { kind: "unsaved", key: "unsaved" };
  if (isOffline) return { kind: "offline", key: "offline" };
  const request: SessionListRequest = { regardingId: record.id, scope: settings.scope, filters, pageSize: settings.pageSize, createdRange };
  return { kind: "sessions", key: requestKey(request), request };
}
