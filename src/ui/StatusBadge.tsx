import * as React from "react";
import type { BadgeProps } from "@fluentui/react-components";
import { Badge } from "@fluentui/react-components";
import type { StatusTone } from "../data/sessionSchema";

const TONE_COLORS: Record<StatusTone, BadgeProps["color"]> = {
  active: "success",
  waiting: "warning",
  closed: "informative",
  canceled: "subtle",
  scheduled: "brand",
  unknown: "subtle",
};

export function StatusBadge({ label, tone }: { label: string; tone: StatusTone }): React.ReactElement {
  return (
    <Badge appearance="tint" color={TONE_COLORS[tone]} shape="rounded">
      {label}
    </Badge>
  );
}
