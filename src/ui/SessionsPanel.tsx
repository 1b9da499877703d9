import type * as React from "react";
import { CountSummary } from "./counts/CountSummary";
import { EmptyState } from "./feedback/EmptyState";
import { ErrorBar } from "./feedback/ErrorBar";
import { LoadingState } from "./feedback/LoadingState";
import { NoticeBar } from "./feedback/NoticeBar";
import { FilterBar } from "./filters/FilterBar";
import { PanelHeader } from "./header/PanelHeader";
import { SessionHistory } from "./history/SessionHistory";
import { SessionListView } from "./list/SessionListView";
import type { RootProps } from "./rootProps";
import type { ListBodyView, NoticeView, RelatedSessionsView } from "./useRelatedSessions";
import { useRelatedSessions } from "./useRelatedSessions";
import { Fragment, createElement } from "./reactBindings";
import { Caption1, makeStyles, tokens } from "./fluentBindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
});

type Say = Pick<RelatedSessionsView, "strings" | "formatter">;

/** Says that the control is trying again by itself, so a wait is not taken for a hang. */
function RetryingNotice({ retrying, strings }: { retrying: boolean } & Pick<Say, "strings">) {
  const styles = useStyles();
  return retrying ? (
    <Caption1 role="status" className={styles.quiet}>
      {strings.get("Retrying_Message")}
    </Caption1>
  ) : null;
}

function Notice({ notice, strings }: { notice: NoticeView } & Pick<Say, "strings">) {
  switch (notice.kind) {
    case "setting":
      return <NoticeBar intent="warning">{notice.text}</NoticeBar>;
    case "failure":
      return <ErrorBar titleKey={notice.titleKey} error={notice.error} strings={strings} onDismiss={notice.onDismiss} />;
    case "workspaceTemplate":
      // A workspace session the platform refused: names the template and what an administrator must do about it.
      return (
        <ErrorBar
          titleKey="Error_WorkspaceSessionTitle"
          error={strings.format("Error_WorkspaceSessionTemplate", notice.templateName)}
          strings={strings}
          onDismiss={notice.onDismiss}
        />
      );
  }
}

function ListBody({ body, strings, formatter }: { body: ListBodyView } & Say) {
  switch (body.kind) {
    case "unsaved":
      return <NoticeBar intent="info">{strings.get("Unsaved_Message")}</NoticeBar>;
    case "offline":
      return <NoticeBar intent="warning">{strings.get("Offline_Message")}</NoticeBar>;
    case "loading":
      return (
        <>
          <RetryingNotice retrying={body.retrying} strings={strings} />
          <LoadingState label={strings.get("Loading_Label")} formatter={formatter} />
        </>
      );
    case "failed":
      return <ErrorBar titleKey="Error_LoadTitle" error={body.error} strings={strings} onRetry={body.onRetry} />;
    case "ready": {
      const { content } = body;
      return (
        <>
          <RetryingNotice retrying={body.retrying} strings={strings} />
          {body.refreshError && <ErrorBar titleKey="Error_LoadTitle" error={body.refreshError} strings={strings} onRetry={body.onRetry} />}
          {content.kind === "rows" ? (
            <SessionListView {...content.list} strings={strings} formatter={formatter} />
          ) : (
            <EmptyState strings={strings} onClearFilters={content.kind === "noMatches" ? content.onClearFilters : undefined} />
          )}
        </>
      );
    }
  }
}

/** The panel as the view model says, and nothing else: give it a RelatedSessionsView by hand to test what it shows. */
export function SessionsPanelView({ strings, formatter, header, summary, history, filterBar, notices, body }: RelatedSessionsView): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PanelHeader strings={strings} {...header} />
      {summary && <CountSummary counts={summary.counts} strings={strings} formatter={formatter} className={styles.quiet} />}
      {history && <SessionHistory {...history} strings={strings} formatter={formatter} />}
      {filterBar && <FilterBar strings={strings} formatter={formatter} {...filterBar} />}
      {notices.map((notice) => (
        <Notice key={notice.id} notice={notice} strings={strings} />
      ))}
      <ListBody body={body} strings={strings} formatter={formatter} />
    </div>
  );
}

/** The panel: the controller's view model, rendered. */
export function SessionsPanel(props: RootProps): React.ReactElement {
  return <SessionsPanelView {...useRelatedSessions(props)} />;
}
