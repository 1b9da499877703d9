import type * as React from "react";
import type { Session } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import type { DayGroup } from "./days";
import type { MorePagesState } from "./sessionListState";
import { dayHeading, groupByDay } from "./days";
import { ErrorBar } from "../feedback/ErrorBar";
import { handleListKeyDown } from "./listKeyboard";
import { MIN_ROW_HEIGHT_PX, ROW_HEIGHT_PX } from "./rowHeights";
import { SessionItem } from "./SessionItem";
import { isRunning } from "./sessionText";
import { useMinuteClock } from "./useMinuteClock";
import { afterNextPaint } from "../lifecycle/afterNextPaint";
import { createElement, memo, useEffect, useMemo, useState } from "../reactBindings";
import { Button, Spinner, makeStyles, tokens } from "../fluentBindings";

/**
 * Rows per block, about two boxes of visible rows. Blocks off screen skip style, layout and paint
 * (content-visibility), so a resize or theme change costs the two or three blocks in view, however many rows are
 * loaded. The block, not the row, skips: each element with content-visibility: auto is one more intersection the
 * browser computes on every frame that lays out. Smaller blocks make Load more re-render more of them; larger ones
 * put more rows in view to lay out.
 */
const BLOCK_ROWS = 16;

/** The list's own classes; the loading state asks for them too, so their rules are in the page before the rows. */
export const useListStyles = makeStyles({
  // Header and filters sit outside: only the rows scroll, and the control never grows past its visible rows.
  scroller: { overflowY: "auto", overscrollBehaviorY: "contain" },
  block: { contentVisibility: "auto" },
  footer: { display: "flex", justifyContent: "center", paddingBlock: tokens.spacingVerticalS },
});

export interface SessionListViewProps {
  label: string;
  sessions: readonly Session[];
  hasMore: boolean;
  /** The footer below the rows: Load more, a later page on its way (being tried again), or its failure. */
  more: MorePagesState;
  /** About how many rows show before the list scrolls. */
  visibleRows: number;
  strings: Strings;
  formatter: Formatter;
  onOpen(sessionId: string): void;
  onOpenConversation(conversationId: string): void;
  onLoadMore(): void;
}

function MoreFooter({ hasMore, more, strings, onLoadMore }: Pick<SessionListViewProps, "hasMore" | "more" | "strings" | "onLoadMore">) {
  const styles = useListStyles();
  if (more.status === "failed") {
    return <ErrorBar titleKey="Error_LoadMoreTitle" error={more.error} strings={strings} onRetry={onLoadMore} />;
  }
  // A Load more that waits for the agent's refresh shows as loading: it is on its way.
  if (more.status !== "idle") {
    const label = strings.get(more.status === "loading" && more.retrying !== null ? "Retrying_Message" : "LoadingMore_Label");
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

interface Row {
  session: Session;
  group: DayGroup;
  startsDay: boolean;
}

/** The rows that can show in the box before the list scrolls, however short each row is. */
const rowsAboveFold = (visibleRows: number): number => Math.ceil((visibleRows * ROW_HEIGHT_PX) / MIN_ROW_HEIGHT_PX);

/** The first block holds the rows above the box's fold, and each block after it BLOCK_ROWS. */
function blocksOf(groups: readonly DayGroup[], firstBlockRows: number): Row[][] {
  const rows = groups.flatMap((group) => group.sessions.map((session, index) => ({ session, group, startsDay: index === 0 })));
  if (rows.length === 0) return [];
  const blocks = [rows.slice(0, firstBlockRows)];
  for (let start = firstBlockRows; start < rows.length; start += BLOCK_ROWS) blocks.push(rows.slice(start, start + BLOCK_ROWS));
  return blocks;
}

interface BlockProps extends Pick<SessionListViewProps, "strings" | "formatter" | "onOpen" | "onOpenConversation"> {
  rows: readonly Row[];
  headings: ReadonlyMap<DayGroup, string>;
  headingIdPrefix: string;
  today: number;
  now: Date;
  /**
   * Until the list's first paint: rendered outright above the box's fold and skipped outright below it, whatever
   * Chromium's margin around the view; then `auto`, the block's class.
   */
  firstPaint: "visible" | "hidden" | undefined;
}

/** One block of rows: a render that changes none of its props (theme, width, updateView) stops here. */
const Block = memo(function Block({ rows, headings, headingIdPrefix, today, now, firstPaint, strings, formatter, onOpen, onOpenConversation }: BlockProps) {
  const styles = useListStyles();
  return (
    <div className={styles.block} style={{ containIntrinsicSize: `auto ${rows.length * ROW_HEIGHT_PX}px`, contentVisibility: firstPaint }}>
      {rows.map(({ session, group, startsDay }) => {
        const isToday = group.day === today;
        return (
          <SessionItem
            key={session.id}
            session={session}
            heading={startsDay ? headings.get(group) : undefined}
            headingId={`${headingIdPrefix}${group.day ?? "unknown"}`}
            now={isToday || isRunning(session) ? now : null}
            relative={isToday}
            strings={strings}
            formatter={formatter}
            onOpen={onOpen}
            onOpenConversation={onOpenConversation}
          />
        );
      })}
    </div>
  );
});

/**
 * Whether the blocks below the box's fold (all but the first) still wait for the list's first paint (`belowFold`:
 * the list has such blocks when it is shown). Chromium renders a block with `content-visibility: auto` once it comes
 * within 150% of the window's height of the view, which is every block of a first page, though the box shows about
 * `visibleRows` rows
 * (https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/renderer/core/display_lock/display_lock_document_state.h).
 * Waiting, they skip rendering outright: the rows in view paint first, and the others in the frames after. The
 * blocks above the fold are rendered outright meanwhile: with `auto` the frame would lay the page out once without
 * them, then find them in view and lay it out again.
 */
function useWaitForFirstPaint(belowFold: boolean): boolean {
  const [waiting, setWaiting] = useState(belowFold);
  useEffect(() => {
    if (!waiting) return;
    let shown = true;
    void afterNextPaint().then(() => shown && setWaiting(false));
    return () => void (shown = false);
  }, [waiting]);
  return waiting;
}

/**
 * The sessions under the day they started (Today, Yesterday, then dates), in a box about `visibleRows` rows high
 * that scrolls, with Load more at its end. One clock ticks for the whole list; only the rows that tell a running
 * time or a relative one render again on its tick.
 */
export function SessionListView(props: SessionListViewProps): React.ReactElement {
  const { label, sessions, visibleRows, strings, formatter, onOpen, onOpenConversation } = props;
  const styles = useListStyles();
  const [headingIdPrefix] = useState(() => `rs-day-${++listCount}-`);
  const now = useMinuteClock();
  const today = formatter.day(now);
  const groups = useMemo(() => groupByDay(sessions, formatter.day), [sessions, formatter]);
  const blocks = useMemo(() => blocksOf(groups, rowsAboveFold(visibleRows)), [groups, visibleRows]);
  const headings = useMemo(() => new Map(groups.map((group) => [group, dayHeading(group, today, strings, formatter)])), [groups, today, strings, formatter]);
  const waiting = useWaitForFirstPaint(blocks.length > 1);
  return (
    <div className={styles.scroller} style={{ maxHeight: `${visibleRows * ROW_HEIGHT_PX}px` }}>
      <div role="list" aria-label={label} onKeyDown={handleListKeyDown}>
        {blocks.map((rows, index) => (
          <Block
            key={index}
            rows={rows}
            headings={headings}
            headingIdPrefix={headingIdPrefix}
            today={today}
            now={now}
            firstPaint={waiting ? (index === 0 ? "visible" : "hidden") : undefined}
            strings={strings}
            formatter={formatter}
            onOpen={onOpen}
            onOpenConversation={onOpenConversation}
          />
        ))}
      </div>
      <MoreFooter {...props} />
    </div>
  );
}
