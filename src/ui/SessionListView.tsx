import * as React from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../model";
import type { Formatter } from "../platform/formatting";
import type { Strings } from "../platform/strings";
import { dayHeading, groupByDay } from "./days";
import type { MorePagesState } from "./hooks/sessionListState";
import { ErrorBar } from "./ErrorBar";
import { handleListKeyDown } from "./listKeyboard";
import { ROW_HEIGHT_PX, SessionItem } from "./SessionItem";
import { isRunning } from "./sessionText";
import { useMinuteClock } from "./useMinuteClock";

/** "Visible rows" when the maker sets none. */
export const DEFAULT_VISIBLE_ROWS = 8;

const useStyles = makeStyles({
  // Header and filters sit outside: only the rows scroll, and the control never grows past its visible rows.
  scroller: { overflowY: "auto", overscrollBehaviorY: "contain" },
  list: { margin: 0, padding: 0 },
  footer: { display: "flex", justifyContent: "center", paddingBlock: tokens.spacingVerticalS },
});

export interface SessionListViewProps {
  label: string;
  sessions: readonly Session[];
  hasMore: boolean;
  more: MorePagesState;
  /** About how many rows show before the list scrolls. */
  visibleRows: number;
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

let listCount = 0;

/**
 * The sessions under the day they started (Today, Yesterday, then dates), in a box about `visibleRows` rows high
 * that scrolls, with Load more at its end. One clock ticks for the whole list; only the rows that tell a running
 * time or a relative one render again on its tick.
 */
export function SessionListView(props: SessionListViewProps): React.ReactElement {
  const { label, sessions, visibleRows, strings, formatter, onOpen } = props;
  const styles = useStyles();
  const [idPrefix] = React.useState(() => `rs-day-${++listCount}-`);
  const now = useMinuteClock();
  const today = formatter.day(now);
  const groups = React.useMemo(() => groupByDay(sessions, formatter.day), [sessions, formatter]);
  return (
    <div className={styles.scroller} style={{ maxHeight: `${visibleRows * ROW_HEIGHT_PX}px` }}>
      <ul role="list" aria-label={label} className={styles.list} onKeyDown={handleListKeyDown}>
        {groups.map((group) => {
          const isToday = group.day === today;
          const heading = dayHeading(group, today, strings, formatter);
          const headingId = `${idPrefix}${group.day ?? "unknown"}`;
          return group.sessions.map((session, index) => (
            <SessionItem
              key={session.id}
              session={session}
              heading={index === 0 ? heading : undefined}
              headingId={headingId}
              now={isToday || isRunning(session) ? now : null}
              relative={isToday}
              strings={strings}
              formatter={formatter}
              onOpen={onOpen}
            />
          ));
        })}
      </ul>
      <MoreFooter {...props} />
    </div>
  );
}
