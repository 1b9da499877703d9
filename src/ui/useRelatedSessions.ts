import type { CreatedRange, HostRecord, LoadError, RegardingRecord, SessionCounts } from "../model";
import type { Formatter } from "../platform/formatting";
import type { OptionSetLabels } from "../platform/optionSetLabels";
import { withName } from "../platform/strings";
import type { StringKey, Strings } from "../platform/strings";
import { useOpenRecord } from "./actions/useOpenRecord";
import { useStartSession } from "./actions/useStartSession";
import { channelOptions, statusCount, uncountedChannelOptions } from "./counts/sessionCounts";
import { useSessionCounts } from "./counts/useSessionCounts";
import type { FilterBarProps } from "./filters/FilterBar";
import type { SessionFilterState } from "./filters/useSessionFilters";
import { useSessionFilters } from "./filters/useSessionFilters";
import type { PanelHeaderProps } from "./header/PanelHeader";
import type { SessionHistoryAnswer } from "./history/useSessionHistory";
import { useSessionHistory } from "./history/useSessionHistory";
import { listQuery } from "./list/listQuery";
import type { SessionListViewProps } from "./list/SessionListView";
import type { ReloadMode, SessionListState } from "./list/sessionListState";
import { describeCount } from "./list/sessionText";
import { useSessionList } from "./list/useSessionList";
import { useAutoRefresh } from "./refresh/useAutoRefresh";
import type { RootProps } from "./rootProps";
import { useMemo } from "./reactBindings";

/** A message above the list: a maker's setting the control could not use, or an action that failed. */
export type NoticeView =
  | { kind: "setting"; id: string; text: string }
  | { kind: "failure"; id: string; titleKey: StringKey; error: LoadError; onDismiss(): void }
  | { kind: "workspaceTemplate"; id: string; templateName: string; onDismiss(): void };

/** What the list part shows, the rows being one case among the others. */
export type ListBodyView =
  | { kind: "unsaved" }
  | { kind: "offline" }
  | { kind: "loading"; retrying: boolean }
  | { kind: "failed"; error: LoadError; onRetry(): void }
  | {
      kind: "ready";
      /** A refresh is being tried again after a transient failure. */
      retrying: boolean;
      /** The last refresh failed; the rows shown are from before it. */
      refreshError: LoadError | null;
      onRetry(): void;
      content:
        | { kind: "rows"; list: Omit<SessionListViewProps, "strings" | "formatter"> }
        | { kind: "noMatches"; onClearFilters(): void }
        | { kind: "empty" };
    };

/** Everything SessionsPanel renders, as plain data and callbacks: a render component can be given one by hand. */
export interface RelatedSessionsView {
  strings: Strings;
  formatter: Formatter;
  header: Omit<PanelHeaderProps, "strings">;
  /** The counts line; null when the maker turned counts off or nothing is queried. Its counts are null while unknown. */
  summary: { counts: SessionCounts | null } | null;
  /** The 13-week chart and its week filter; null when the maker turned it off or nothing is queried. */
  history: {
    answer: SessionHistoryAnswer | null;
    createdRange: CreatedRange | null;
    onCreatedRangeChange(range: CreatedRange | null): void;
    channelOptionSet: OptionSetLabels | null;
  } | null;
  /** Null while nothing is queried (unsaved, offline). */
  filterBar: Omit<FilterBarProps, "strings" | "formatter"> | null;
  notices: NoticeView[];
  body: ListBodyView;
}

/** A saved record whose table is known is one that sessions can regard, as it is. */
function isRegardable(record: HostRecord): record is RegardingRecord {
  return record.id !== null && record.entityType !== null;
}

/** The filter bar's parts: status chips the maker's scope allows, channels (counted when counts are known), search. */
function filterBarView(filters: SessionFilterState, counts: SessionCounts | null, channelOptionSet: OptionSetLabels | null, strings: Strings): RelatedSessionsView["filterBar"] {
  const { status, channels } = filters.filters;
  return {
    status:
      filters.statusOptions.length === 0
        ? undefined
        : {
            options: filters.statusOptions.map((value) => ({ value, count: counts === null ? null : statusCount(counts, value, channels) })),
            value: status,
            onChange: filters.setStatus,
          },
    channels: {
      options: counts === null ? uncountedChannelOptions(channelOptionSet, strings) : channelOptions(counts, status, strings, channelOptionSet),
      selected: channels,
      onChange: filters.setChannels,
    },
    search: { value: filters.typedSearch, onChange: filters.setSearch },
  };
}

/** What the rows need beyond the sessions: their label, height and callbacks. */
type RowsSetup = Pick<SessionListViewProps, "label" | "visibleRows" | "onOpen" | "onOpenConversation" | "onLoadMore">;

function listBodyView(state: SessionListState, filters: SessionFilterState, rows: RowsSetup, onRetry: () => void): ListBodyView {
  switch (state.phase) {
    case "unsaved":
    case "offline":
      return { kind: state.phase };
    case "loading":
      return { kind: "loading", retrying: state.retrying !== null };
    case "failed":
      return { kind: "failed", error: state.error, onRetry };
    case "ready": {
      const { refresh, more, sessions, cursor } = state;
      const content: Extract<ListBodyView, { kind: "ready" }>["content"] =
        sessions.length > 0
          ? {
              kind: "rows",
              list: { ...rows, sessions, hasMore: cursor !== null, more },
            }
          : filters.isFiltered
            ? { kind: "noMatches", onClearFilters: filters.clear }
            : { kind: "empty" };
      return {
        kind: "ready",
        retrying: refresh?.status === "running" && refresh.retrying !== null,
        refreshError: refresh?.status === "failed" ? refresh.error : null,
        onRetry,
        content,
      };
    }
  }
}

/**
 * The control's one controller: it calls every feature's hook, makes the calls between them (a new session reloads
 * the list and the counts, then opens; keeping current refreshes both quietly), and assembles the view model. A new
 * feature calls its hook here and adds its part of RelatedSessionsView beside the others; its render component takes
 * that part as plain props.
 */
export function useRelatedSessions({ record, settings, canStart, startsWorkspaceSession, channelOptionSet, isDisabled, isOffline, services }: RootProps): RelatedSessionsView {
  const { strings, formatter } = services;
  const filters = useSessionFilters(settings.scope);
  const query = listQuery(record, settings, filters.filters, isOffline, filters.createdRange);
  const list = useSessionList(query, services);
  const recordQuery = query.kind === "sessions" ? { regardingId: query.request.regardingId, scope: settings.scope } : null;
  const { state } = list;
  // Rows of this query, not of the last record's: the list starts loading another record only after this render.
  const listShown = state.phase === "ready" && state.key === query.key;
  const counts = useSessionCounts(settings.showCounts ? recordQuery : null, services, listShown);
  const history = useSessionHistory(settings.showHistory ? recordQuery : null, services, listShown);
  const knownCounts = counts.value;
  const opener = useOpenRecord("openSession", settings.openInNewWindow, services);
  const conversationOpener = useOpenRecord("openConversation", settings.openInNewWindow, services);

  /** Reloads the list, and the counts and history with it when they are on; settles when all are over. */
  const reloadAll = (mode: ReloadMode) => Promise.all([list.reload(mode), counts.reload(mode), history.reload(mode)]).then(() => undefined);
  const regarding = isRegardable(record) ? record : null;
  const starter = useStartSession(regarding, settings, services, () => reloadAll("refresh"), opener.open);

  useAutoRefresh(state, settings.refreshIntervalSeconds, services.now, () => void reloadAll("quietRefresh"));

  const retryList = () => {
    void list.reload("refresh");
    if (counts.failed) void counts.reload("refresh");
  };
  const queried = query.kind === "sessions";
  // The same object while what it shows is the same (the filters' setters and the strings never change): the filter
  // bar then skips the renders that the rows arriving, or a count, cause.
  const filterBar = useMemo(
    () => (queried ? filterBarView(filters, knownCounts, channelOptionSet, strings) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what the bar shows, not by the filters object made anew each render
    [queried, filters.filters, filters.typedSearch, filters.statusOptions, knownCounts, channelOptionSet],
  );
  const notices: NoticeView[] = settings.problems.map((problem) => ({ kind: "setting", id: problem.messageKey, text: strings.format(problem.messageKey, problem.value) }));
  if (starter.error) notices.push({ kind: "failure", id: "start", titleKey: "Error_StartTitle", error: starter.error, onDismiss: starter.dismissError });
  if (starter.failedTemplate !== null) notices.push({ kind: "workspaceTemplate", id: "workspace", templateName: starter.failedTemplate, onDismiss: starter.dismissError });
  if (opener.error) notices.push({ kind: "failure", id: "open", titleKey: "Error_OpenTitle", error: opener.error, onDismiss: opener.dismissError });
  if (conversationOpener.error) {
    notices.push({ kind: "failure", id: "conversation", titleKey: "Error_OpenConversationTitle", error: conversationOpener.error, onDismiss: conversationOpener.dismissError });
  }

  return {
    strings,
    formatter,
    header: {
      countText: state.phase === "ready" ? describeCount(state.sessions.length, state.cursor !== null, strings, formatter) : null,
      canRefresh: queried,
      refreshing: state.phase === "ready" && state.refresh?.status === "running" && state.refresh.visible,
      onRefresh: () => void reloadAll("refresh"),
      newSession: canStart
        ? {
            disabled: isDisabled || regarding === null,
            starting: starter.starting,
            onStart: starter.start,
            title: startsWorkspaceSession ? strings.get("Action_NewSession_WorkspaceTooltip") : undefined,
          }
        : undefined,
    },
    summary: queried && settings.showCounts ? { counts: knownCounts } : null,
    history:
      queried && settings.showHistory
        ? { answer: history.value, createdRange: filters.createdRange, onCreatedRangeChange: filters.setCreatedRange, channelOptionSet }
        : null,
    filterBar,
    notices,
    body: listBodyView(
      state,
      filters,
      { label: withName(strings, "List_Label", record.name), visibleRows: settings.visibleRows, onOpen: opener.open, onOpenConversation: conversationOpener.open, onLoadMore: list.loadMore },
      retryList,
    ),
  };
}
