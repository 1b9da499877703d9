import * as React from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../data/sessionMapper";
import type { Formatter } from "../platform/formatting";
import type { Strings } from "../platform/strings";
import type { MorePagesState } from "./hooks/sessionListState";
import { ErrorBar } from "./ErrorBar";
import { handleListKeyDown } from "./listKeyboard";
import { SessionItem } from "./SessionItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  footer: { display: "flex", justifyContent: "center", paddingBlock: tokens.spacingVerticalS },
});

export interface SessionListViewProps {
  label: string;
  sessions: readonly Session[];
  hasMore: boolean;
  more: MorePagesState;
  now: Date;
  strings: Strings;
  formatter: Formatter;
  onOpen(sessionId: string): void;
  onLoadMore(): void;
}

function MoreFooter({ hasMore, more, strings, onLoadMore }: Pick<SessionListViewProps, "hasMore" | "more" | "strings" | "onLoadMore">) {
  const styles = useStyles();
  if (more.status === "failed") {
    return <ErrorBar titleKey="Error_LoadMoreTitle" error={more.error} strings={strings} onRetry={onLoadMore} />;
  }
  if (more.status === "loading") {
    const label = strings.get("LoadingMore_Label");
    return (
      <div role="status" aria-label={label} className={styles.footer}>
        <Spinner size="tiny" label={label} />
      </div>
    );
  }
  if (!hasMore) return null;
  return (
    <div className={styles.footer}>
      <Button appearance="secondary" onClick={onLoadMore}>
        {strings.get("Action_LoadMore")}
      </Button>
    </div>
  );
}

export function SessionListView(props: SessionListViewProps): React.ReactElement {
  const { label, sessions, now, strings, formatter, onOpen } = props;
  const styles = useStyles();
  return (
    <>
      <ul role="list" aria-label={label} className={styles.list} onKeyDown={handleListKeyDown}>
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} now={now} strings={strings} formatter={formatter} onOpen={onOpen} />
        ))}
      </ul>
      <MoreFooter {...props} />
    </>
  );
}
