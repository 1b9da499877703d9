import type * as React from "react";
import type { StatusTone } from "../../model";
import { createElement } from "../reactBindings";
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "../fluentBindings";

// Fluent's rounded tint Badge, drawn on a span: the badge sits inside the row's button, which may hold phrasing
// content only, and Fluent's Badge renders a div (its root slot takes no other element type).
// A long subject wraps; the status beside it keeps its full width. In Windows high contrast the tint's fill is
// dropped, so a border in the system's text colour keeps the badge a badge.
const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    flexShrink: 0,
    height: "20px",
    minWidth: "20px",
    paddingInline: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    ...typographyStyles.caption1Strong,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.border(tokens.strokeWidthThin, "solid"),
    "@media (forced-colors: active)": { ...shorthands.borderColor("CanvasText") },
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  informative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  subtle: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
});

type ToneStyle = "brand" | "success" | "warning" | "informative" | "subtle";

const TONE_STYLES: Record<StatusTone, ToneStyle> = {
  active: "success",
  waiting: "warning",
  closed: "informative",
  canceled: "subtle",
  scheduled: "brand",
  unknown: "subtle",
};

export function StatusBadge({ label, tone, className }: { label: string; tone: StatusTone; className?: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[TONE_STYLES[tone]], className)} data-tone={tone}>
      {label}
    </span>
  );
}
