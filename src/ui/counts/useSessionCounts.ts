import type { SessionCounts } from "../../model";
import type { RootServices } from "../rootProps";
import type { RecordFetch, RecordLoad, RecordQuery } from "../lifecycle/useRecordLoad";
import { useRecordLoad } from "../lifecycle/useRecordLoad";

const fetchCounts: RecordFetch<SessionCounts> = (services, regardingId, scope) => () => services.repository.fetchCounts(regardingId, scope);

/**
 * The record's sessions counted by state and channel: one aggregate query when the record or the maker's scope
 * changes (its key, `${id}|${scope}`) and the list shows that record's rows (`listShown`, see useRecordLoad), and
 * again with every reload of the list. Counts of the same record being reloaded stay on screen until the new ones
 * arrive. A failed count never hides the list; it is only not shown. `query` is null when the maker turned counts
 * off or the list queries nothing (unsaved, offline: see ListQuery).
 */
export function useSessionCounts(query: RecordQuery | null, services: RootServices, listShown: boolean): RecordLoad<SessionCounts> {
  return useRecordLoad(query, services, fetchCounts, listShown);
}
