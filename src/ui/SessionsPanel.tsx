import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { buildSessionQuery } from "../data/sessionQuery";
import type { RegardingRecord } from "../data/sessionRepository";
import type { HostRecord } from "../platform/recordContext";
import { EmptyState } from "./EmptyState";
import { ErrorBar } from "./ErrorBar";
import { useOpenSession } from "./hooks/useOpenSession";
import type { SessionList } from "./hooks/useSessionList";
import { useSessionList } from "./hooks/useSessionList";
import { useStartSession } from "./hooks/useStartSession";
import { LoadingState } from "./LoadingState";
import { NoticeBar } from "./NoticeBar";
import { PanelHeader } from "./PanelHeader";
import type { ControlServices, RelatedSessionsProps } from "./services";
import { describeCount } from "./sessionText";
import { DEFAULT_VISIBLE_ROWS, SessionListView } from "./SessionListView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

function toRegardingRecord(record: HostRecord): RegardingRecord | null {
  return record.id !== null && record.entityType !== null
    ? { id: record.id, entityType: record.entityType, name: record.name }
    : null;
}

function listLabel(record: HostRecord, services: ControlServices): string {
  return record.name !== "" ? services.strings.format("List_Label", record.name) : services.strings.get("List_LabelUnnamed");
}

function ListBody({ list, record, services, onOpen }: { list: SessionList; record: HostRecord; services: ControlServices; onOpen(id: string): void }) {
  const { state } = list;
  const { strings, formatter } = services;
  switch (state.phase) {
    case "unsaved":
      return <NoticeBar intent="info">{strings.get("Unsaved_Message")}</NoticeBar>;
    case "loading":
      return <LoadingState label={strings.get("Loading_Label")} />;
    case "failed":
      return <ErrorBar titleKey="Error_LoadTitle" error={state.error} strings={strings} onRetry={list.reload} />;
    case "ready":
      return (
        <>
          {state.refreshError && (
            <ErrorBar titleKey="Error_LoadTitle" error={state.refreshError} strings={strings} onRetry={list.reload} />
          )}
          {state.sessions.length === 0 ? (
            <EmptyState title={strings.get("Empty_Title")} body={strings.get("Empty_Body")} />
          ) : (
            <SessionListView
              label={listLabel(record, services)}
              sessions={state.sessions}
              hasMore={state.nextLink !== null}
              more={state.more}
              visibleRows={DEFAULT_VISIBLE_ROWS}
              strings={strings}
              formatter={formatter}
              onOpen={onOpen}
              onLoadMore={list.loadMore}
            />
          )}
        </>
      );
  }
}

export function SessionsPanel({ record, settings, canStart, isDisabled, services }: RelatedSessionsProps): React.ReactElement {
  const styles = useStyles();
  const { strings, formatter } = services;
  const options = record.id === null ? null : buildSessionQuery(record.id, settings.stateFilter);
  const list = useSessionList({ options, pageSize: settings.pageSize }, services);
  const opener = useOpenSession(settings.openInNewWindow, services);
  const regarding = toRegardingRecord(record);
  const starter = useStartSession(regarding, settings, services, list.reload, opener.open);
  const { state } = list;

  return (
    <div className={styles.root}>
      <PanelHeader
        strings={strings}
        countText={state.phase === "ready" ? describeCount(state.sessions.length, state.nextLink !== null, strings, formatter) : null}
        canRefresh={state.phase !== "unsaved"}
        refreshing={state.phase === "ready" && state.refreshing}
        onRefresh={list.reload}
        newSession={
          canStart ? { disabled: isDisabled || regarding === null, starting: starter.starting, onStart: starter.start } : undefined
        }
      />
      {settings.problems.map((problem) => (
        <NoticeBar key={problem.messageKey} intent="warning">
          {strings.format(problem.messageKey, problem.value)}
        </NoticeBar>
      ))}
      {starter.error && (
        <ErrorBar titleKey="Error_StartTitle" error={starter.error} strings={strings} onDismiss={starter.dismissError} />
      )}
      {opener.error && <ErrorBar titleKey="Error_OpenTitle" error={opener.error} strings={strings} onDismiss={opener.dismissError} />}
      <ListBody list={list} record={record} services={services} onOpen={opener.open} />
    </div>
  );
}
