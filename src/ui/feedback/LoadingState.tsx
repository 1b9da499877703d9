import type * as React from "react";
import type { Formatter } from "../../platform/formatting";
import { renderStatusBadge } from "../list/StatusBadge";
import { useSessionItemStyles } from "../list/SessionItem";
import { useListStyles } from "../list/SessionListView";
import { createElement, useEffect } from "../reactBindings";
import { Skeleton, SkeletonItem, makeStyles, mergeClasses } from "../fluentBindings";

const useStyles = makeStyles({
  wide: { width: "70%" },
  narrow: { width: "45%" },
  // The row's button look without its pointer: a placeholder is not something to click.
  row: { cursor: "default" },
  // An empty badge keeps the badge's place; only its tinted shape shows.
  badge: { minWidth: "56px" },
});

const PLACEHOLDER_ROWS = 3;

/**
 * Placeholder rows shaped like sessions, so the first page does not make the form jump. They are laid out with the
 * row's and the status badge's own styles (and the conversation action's rules are inserted): the browser then has those rules before the sessions arrive, and the
 * first rows only cost their own render.
 */
export function LoadingState({ label, formatter }: { label: string; formatter: Formatter }): React.ReactElement {
  const styles = useStyles();
  // The conversation action's rules come with the row's, though no placeholder shows the action: Omnichannel sessions
  // carry one in nearly every row.
  const rowStyles = useSessionItemStyles();
  // And the list's own (its scroller, its blocks, its footer): a rule inserted while the rows render makes the
  // browser rebuild that style sheet's rules in the rows' frame.
  useListStyles();
  // A start time formatted as a row tells it (its time, its tooltip, "12 min. ago") while the first page is on its
  // way: the first use of the platform's date formatting, and of the browser's Intl behind it, is paid before the
  // rows arrive rather than while they render.
  useEffect(() => {
    const now = new Date();
    formatter.time(now);
    formatter.relative(now, now);
  }, [formatter]);
  return (
    <div role="status" aria-label={label}>
      <Skeleton aria-hidden>
        {Array.from({ length: PLACEHOLDER_ROWS }, (_, index) => (
          <div key={index} className={mergeClasses(rowStyles.button, styles.row)} data-loading-row>
            <SkeletonItem size={16} className={mergeClasses(rowStyles.subject, styles.wide)} />
            {renderStatusBadge({ label: "", tone: "unknown" }, mergeClasses(rowStyles.badge, styles.badge))}
            <SkeletonItem size={12} className={mergeClasses(rowStyles.detail, styles.narrow)} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
