import * as React from "react";
import type { BadgeProps } from "@fluentui/react-components";
import { Badge, makeStyles } from "@fluentui/react-components";
import type { StatusTone } from "../model";

const TONE_COLORS: Record<StatusTone, BadgeProps["color"]> = {
  active: "success",
  waiting: "warning",
  closed: "informative",
  canceled: "subtle",
  scheduled: "brand",
  unknown: "subtle",
};

// A long subject wraps; the status beside it keeps its full width.
const useStyles = makeStyles({ badge: { flexShrink: 0 } });

export function StatusBadge({ label, tone }: { label: string; tone: StatusTone }): React.ReactElement {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={TONE_COLORS[tone]} shape="rounded" className={styles.badge}>
      {label}
    </Badge>
  );
}
