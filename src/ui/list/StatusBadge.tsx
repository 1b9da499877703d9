import type * as React from "react";
import type { StatusTone } from "../../model";
import { createElement } from "../reactBindings";
import { makeResetStyles, tokens, typographyStyles } from "../fluentBindings";

// Fluent's rounded tint Badge, drawn on a span: the badge sits inside the row's button, which may hold phrasing
// content only, and Fluent's Badge renders a div (its root slot takes no other element type).
// A long subject wraps; the status beside it keeps its full width. In Windows high contrast the tint's fill is
// dropped, so a border in the system's text colour keeps the badge a badge.

/** Fluent's tint Badge colours (background, text, border) of each tone: brand, success, warning, informative, subtle. */
const SUBTLE = [tokens.colorNeutralBackground1, tokens.colorNeutralForeground3, tokens.colorNeutralStroke2] as const;
const TONE_COLOURS: Record<StatusTone, readonly [string, string, string]> = {
  active: [tokens.colorPaletteGreenBackground1, tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenBorder1],
  waiting: [tokens.colorPaletteYellowBackground1, tokens.colorPaletteYellowForeground1, tokens.colorPaletteYellowBorder1],
  closed: [tokens.colorNeutralBackground4, tokens.colorNeutralForeground3, tokens.colorNeutralStroke2],
  canceled: SUBTLE,
  scheduled: [tokens.colorBrandBackground2, tokens.colorBrandForeground2, tokens.colorBrandStroke2],
  unknown: SUBTLE,
};

// One class for every badge, its tone chosen by its data-tone attribute: a badge in each row carries one class.
export const useBadgeClass = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  boxSizing: "border-box",
  flexShrink: 0,
  height: "20px",
  minWidth: "20px",
  paddingInline: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
  ...typographyStyles.caption1Strong,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid`,
  ...Object.fromEntries(
    Object.entries(TONE_COLOURS).map(([tone, [backgroundColor, color, borderColor]]) => [`&[data-tone="${tone}"]`, { backgroundColor, color, borderColor }]),
  ),
  "@media (forced-colors: active)": { "&[data-tone]": { borderColor: "CanvasText" } },
});

/**
 * The badge, as part of its row's render (with the class useSessionItemStyles gives it): a function, not a component, so a row is one
 * React component less to create on a form load.
 */
export function renderStatusBadge({ label, tone }: { label: string; tone: StatusTone }, className: string): React.ReactElement {
  return (
    <span className={className} data-tone={tone}>
      {label}
    </span>
  );
}
