import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HostRecord, RegardingRecord, SessionCounts, SessionListRequest } from "../model";
import type { OptionSetLabels } from "../platform/optionSetLabels";
import { CountSummary } from "./counts/CountSummary";
import { EmptyState } from "./feedback/EmptyState";
import { ErrorBar } from "./feedback/ErrorBar";
import type { FilterBarProps } from "./filters/FilterBar";
import { FilterBar } from "./filters/FilterBar";
import type { RetryNotice } from "./list/sessionListState";
import { useOpenSession } from "./actions/useOpenSession";
import type { SessionCountsLoad } from "./counts/useSessionCounts";
import { useSessionCounts } from "./counts/useSessionCounts";
import type { SessionFilterState } from "./filters/useSessionFilters";
import { useSessionFilters } from "./filters/useSessionFilters";
import type { SessionList } from "./list/useSessionList";
import { useSessionList } from "./list/useSessionList";
import { useStartSession } from "./actions/useStartSession";
import { useStayingCurrent } from "./refresh/useStayingCurrent";
import { LoadingState } from "./feedback/LoadingState";
import { NoMatches } from "./feedback/NoMatches";
import { NoticeBar } from "./feedback/NoticeBar";
import { PanelHeader } from "./header/PanelHeader";
import type { ControlServices, RelatedSessionsProps } from "./rootProps";
import { channelOptions, statusCount, uncountedChannelOptions } from "./counts/sessionCounts";
import { describeCount } from "./list/sessionText";
import { SessionListView } from "./list/SessionListView";
import { SessionHistory } from "./history/SessionHistory";
import type { SessionHistoryLoad } from "./history/useSessionHistory";
import { useSessionHistory } from "./history/useSessionHistory";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
});

function toRegardingRecord(record: HostRecord): RegardingRecord | null {
  return record.id !== null && record.entityType !== null
    ? { id: record.id, entityType: record.entityType, name: record.name }
    : null;
}

function listLabel(record: HostRecord, services: ControlServices): string {
  return record.name !== "" ? services.strings.format("List_Label", record.name) : services.strings.get("List_LabelUnnamed");
}

/** Says that the control is trying again by itself, so a wait is not taken for a hang. */
function RetryingNotice({ retrying, services }: { retrying: RetryNotice | null; services: ControlServices }) {
  const styles = useStyles();
  return retrying === null ? null : (
    <Caption1 role="status" className={styles.quiet}>
      {services.strings.get("Retrying_Message")}
    </Caption1>
  );
}

interface ListBodyProps {
  list: SessionList;
  record: HostRecord;
  filters: SessionFilterState;
  visibleRows: number;
  services: ControlServices;
  onRetry(): void;
  onOpen(id: string): void;
}

function ListBody({ list, record, filters, visibleRows, services, onRetry, onOpen }: ListBodyProps) {
  const { state } = list;
  const { strings, formatter } = services;
  switch (state.phase) {
    case "unsaved":
      return <NoticeBar intent="info">{strings.get("Unsaved_Message")}</NoticeBar>;
    case "offline":
      return <NoticeBar intent="warning">{strings.get("Offline_Message")}</NoticeBar>;
    case "loading":
      return (
        <>
          <RetryingNotice retrying={state.retrying} services={services} />
          <LoadingState label={strings.get("Loading_Label")} />
        </>
      );
    case "failed":
      return <ErrorBar titleKey="Error_LoadTitle" error={state.error} strings={strings} onRetry={onRetry} />;
    case "ready":
      return (
        <>
          <RetryingNotice retrying={state.retrying} services={services} />
          {state.refreshError && <ErrorBar titleKey="Error_LoadTitle" error={state.refreshError} strings={strings} onRetry={onRetry} />}
          {state.sessions.length > 0 ? (
            <SessionListView
              label={listLabel(record, services)}
              sessions={state.sessions}
              hasMore={state.cursor !== null}
              more={state.more}
              visibleRows={visibleRows}
              strings={strings}
              formatter={formatter}
              onOpen={onOpen}
              onLoadMore={list.loadMore}
            />
          ) : filters.isFiltered ? (
            <NoMatches strings={strings} onClearFilters={filters.clear} />
          ) : (
            <EmptyState title={strings.get("Empty_Title")} body={strings.get("Empty_Body")} />
          )}
        </>
      );
  }
}

/** The filter bar's parts: status chips the maker's scope allows, channels (counted when counts are known), search. */
function filterBarParts(
  filters: SessionFilterState,
  counts: SessionCounts | null,
  channelOptionSet: OptionSetLabels | null,
  services: ControlServices,
): Omit<FilterBarProps, "strings" | "formatter"> {
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
      options:
        counts === null ? uncountedChannelOptions(channelOptionSet, services.strings) : channelOptions(counts, status, services.strings, channelOptionSet),
      selected: channels,
      onChange: filters.setChannels,
    },
    search: { value: filters.typedSearch, onChange: filters.setSearch },
  };
}

/** Reloads the list, and the counts and history with it when they are on; settles when all are over. */
function useReloadAll(list: SessionList, counts: SessionCountsLoad, history: SessionHistoryLoad): (options?: { quiet?: boolean }) => Promise<void> {
  const { reload: reloadList } = list;
  const { reload: reloadCounts } = counts;
  const { reload: reloadHistory } = history;
  return React.useCallback(
    (options) => Promise.all([reloadList(options), reloadCounts(options), reloadHistory(options)]).then(() => undefined),
    [reloadList, reloadCounts, reloadHistory],
  );
}

export function SessionsPanel({ record, settings, canStart, channelOptionSet, isDisabled, isOffline, services }: RelatedSessionsProps): React.ReactElement {
  const styles = useStyles();
  const { strings, formatter } = services;
  const filters = useSessionFilters(settings.scope);
  const request = React.useMemo<SessionListRequest | null>(
    () =>
      record.id === null
        ? null
        : { regardingId: record.id, scope: settings.scope, filters: filters.filters, pageSize: settings.pageSize, createdRange: filters.createdRange },
    [record.id, settings.scope, filters.filters, settings.pageSize, filters.createdRange],
  );
  const list = useSessionList(request, isOffline, services);
  const counts = useSessionCounts(record.id, settings.scope, settings.showCounts && !isOffline, services);
  const knownCounts = counts.state.status === "ready" ? counts.state.counts : null;
  const history = useSessionHistory(record.id, settings.scope, settings.showHistory && !isOffline, services);
  const reloadAll = useReloadAll(list, counts, history);
  const opener = useOpenSession(settings.openInNewWindow, services);
  const regarding = toRegardingRecord(record);
  const starter = useStartSession(regarding, settings, services, reloadAll, opener.open);
  const { state } = list;
  useStayingCurrent({
    loadedAt: state.phase === "ready" ? state.receivedAt : null,
    showsOpenSession: state.phase === "ready" && state.sessions.some((session) => session.status.tone === "active" || session.status.tone === "waiting"),
    pollEveryMs: settings.refreshIntervalSeconds === null ? null : settings.refreshIntervalSeconds * 1000,
    now: services.now,
    refreshQuietly: () => void reloadAll({ quiet: true }),
  });
  const retryList = React.useCallback(() => {
    void list.reload();
    if (counts.state.status === "failed") void counts.reload();
  }, [list, counts]);
  const queried = state.phase !== "unsaved" && state.phase !== "offline";

  return (
    <div className={styles.root}>
      <PanelHeader
        strings={strings}
        countText={state.phase === "ready" ? describeCount(state.sessions.length, state.cursor !== null, strings, formatter) : null}
        canRefresh={queried}
        refreshing={state.phase === "ready" && state.refreshing && !state.quiet}
        onRefresh={() => void reloadAll()}
        newSession={
          canStart ? { disabled: isDisabled || regarding === null, starting: starter.starting, onStart: starter.start } : undefined
        }
      />
      {queried && settings.showCounts && <CountSummary counts={knownCounts} strings={strings} formatter={formatter} className={styles.quiet} />}
      {queried && settings.showHistory && (
        <SessionHistory
          state={history.state}
          createdRange={filters.createdRange}
          onCreatedRangeChange={filters.setCreatedRange}
          channelOptionSet={channelOptionSet}
          services={services}
        />
      )}
      {queried && <FilterBar strings={strings} formatter={formatter} {...filterBarParts(filters, knownCounts, channelOptionSet, services)} />}
      {settings.problems.map((problem) => (
        <NoticeBar key={problem.messageKey} intent="warning">
          {strings.format(problem.messageKey, problem.value)}
        </NoticeBar>
      ))}
      {starter.error && (
        <ErrorBar titleKey="Error_StartTitle" error={starter.error} strings={strings} onDismiss={starter.dismissError} />
      )}
      {opener.error && <ErrorBar titleKey="Error_OpenTitle" error={opener.error} strings={strings} onDismiss={opener.dismissError} />}
      <ListBody list={list} record={record} filters={filters} visibleRows={settings.visibleRows} services={services} onRetry={retryList} onOpen={opener.open} />
    </div>
  );
}
