import type { CreatedRange, SessionFilters, SessionScope, StatusChoice } from "../../model";
import { useCallback, useEffect, useMemo, useState } from "../reactBindings";

/** How long the search waits for the agent to stop typing before it queries. */
const SEARCH_DEBOUNCE_MS = 300;

/** The status chips the maker's scope leaves room for: one chip alone filters nothing, so then there are none. */
const STATUS_OPTIONS: Record<SessionScope, readonly StatusChoice[]> = { all: ["all", "active", "closed"], open: ["all", "active"], closed: [] };

export interface SessionFilterState {
  /** What the list is asked for: the search in here is the debounced one. */
  filters: SessionFilters;
  /** The search box's text as typed. */
  typedSearch: string;
  statusOptions: readonly StatusChoice[];
  /** The week chosen on the history chart, or null. */
  createdRange: CreatedRange | null;
  isFiltered: boolean;
  setStatus(status: StatusChoice): void;
  setChannels(channels: number[]): void;
  setSearch(search: string): void;
  setCreatedRange(range: CreatedRange | null): void;
  clear(): void;
}

const NO_CHANNELS: readonly number[] = [];

/**
 * The agent's filters. The search reaches the query only after the agent stopped typing for SEARCH_DEBOUNCE_MS;
 * clearing it takes effect at once. `filters` keeps its identity while nothing in it changed, so it can key a query.
 */
export function useSessionFilters(scope: SessionScope): SessionFilterState {
  const options = STATUS_OPTIONS[scope];
  const [chosenStatus, setStatus] = useState<StatusChoice>("all");
  const [channels, setChannelsState] = useState<readonly number[]>(NO_CHANNELS);
  const [typedSearch, setTypedSearch] = useState("");
  const [createdRange, setCreatedRange] = useState<CreatedRange | null>(null);
  /** The search the list is asked for. */
  const [search, setQueriedSearch] = useState("");

  useEffect(() => {
    const wanted = typedSearch.trim();
    if (wanted === search) return undefined;
    const timer = setTimeout(() => setQueriedSearch(wanted), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typedSearch, search]);

  const setSearch = useCallback((typed: string) => {
    setTypedSearch(typed);
    // Clearing the search needs no wait; and what is typed next then waits from nothing, never from the old term.
    if (typed.trim() === "") setQueriedSearch("");
  }, []);

  // A status the maker's scope no longer offers falls back to all.
  const status = options.includes(chosenStatus) ? chosenStatus : "all";
  const filters = useMemo<SessionFilters>(() => ({ status, channels, search }), [status, channels, search]);

  const setChannels = useCallback((next: number[]) => setChannelsState(next.length === 0 ? NO_CHANNELS : [...next].sort((a, b) => a - b)), []);
  const clear = useCallback(() => {
    setStatus("all");
    setChannelsState(NO_CHANNELS);
    setSearch("");
    setCreatedRange(null);
  }, [setSearch]);

  return {
    filters,
    typedSearch,
    statusOptions: options,
    createdRange,
    isFiltered: status !== "all" || channels.length > 0 || search !== "" || createdRange !== null,
    setStatus,
    setChannels,
    setSearch,
    setCreatedRange,
    clear,
  };
}
