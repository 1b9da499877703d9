import * as React from "react";
import type { BadgeProps } from "@fluentui/react-components";
import { Badge, makeStyles, shorthands } from "@fluentui/react-components";
import type { StatusTone } from "../../model";

const TONE_COLORS: Record<StatusTone, BadgeProps["color"]> = {
  active: "success",
  waiting: "warning",
  closed: "informative",
  canceled: "subtle",
  scheduled: "brand",
  unknown: "subtle",
};

// A long subject wraps; the status beside it keeps its full width. In Windows high contrast the tint's fill is
// dropped, so a border in the system's text colour keeps the badge a badge.
const useStyles = makeStyles({
  badge: { flexShrink: 0, "@media (forced-colors: active)": { ...shorthands.border("1px", "solid", "CanvasText") } },
});

export function StatusBadge({ label, tone }: { label: string; tone: StatusTone }): React.ReactElement {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={TONE_COLORS[tone]} shape="rounded" className={styles.badge}>
      {label}
    </Badge>
  );
}
