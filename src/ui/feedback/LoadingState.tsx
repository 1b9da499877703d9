import * as React from "react";
import { Skeleton, SkeletonItem, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  wide: { width: "70%" },
  narrow: { width: "45%" },
});

const PLACEHOLDER_ROWS = 3;

/** Placeholder rows shaped like sessions, so the first page does not make the form jump. */
export function LoadingState({ label }: { label: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <div role="status" aria-label={label} className={styles.root}>
      <Skeleton aria-hidden>
        {Array.from({ length: PLACEHOLDER_ROWS }, (_, index) => (
          <div key={index} className={styles.row}>
            <SkeletonItem size={16} className={styles.wide} />
            <SkeletonItem size={12} className={styles.narrow} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
