import * as React from "react";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import type { HistoryChartModel } from "./historyModel";
import { describeWeek } from "./historyModel";
import { focusByKey } from "../arrowKeys";
import { createElement, useState } from "../reactBindings";
import { Caption1, makeStyles, mergeClasses, tokens } from "../fluentBindings";

// Bars are drawn in forced colours too: there the palette gives way to system colours, and the series stay apart by
// fill, hatching and outline rather than hue (https://developer.mozilla.org/docs/Web/CSS/@media/forced-colors).
const FORCED = "@media (forced-colors: active)";

/** Each series' fill: a palette colour that holds in light and dark themes, and its forced-colours stand-in. */
const SERIES_FILLS: readonly (readonly [string, string])[] = [
  [tokens.colorPaletteBlueBorderActive, "CanvasText"],
  [tokens.colorPaletteMarigoldBorderActive, "repeating-linear-gradient(45deg,CanvasText 0 2px,Canvas 0 4px)"],
  [tokens.colorPaletteBerryBorderActive, "Highlight"],
  [tokens.colorNeutralForeground3, "repeating-linear-gradient(0deg,CanvasText 0 1px,Canvas 0 3px)"],
];

const useStyles = makeStyles({
  row: { display: "flex", columnGap: "2px", minWidth: 0 },
  bar: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    height: "40px",
    display: "flex",
    flexDirection: "column-reverse",
    padding: 0,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "transparent",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    [FORCED]: { borderBottomColor: "CanvasText" },
  },
  chosen: { backgroundColor: tokens.colorNeutralBackground1Selected, [FORCED]: { outline: "2px solid Highlight" } },
  fill: {
    minHeight: "1px",
    background: "var(--rs-fill)",
    [FORCED]: { forcedColorAdjust: "none", background: "var(--rs-forced)", outline: "1px solid CanvasText" },
  },
  axis: { justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
  legend: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none", alignItems: "center" },
  swatch: { width: "10px", height: "10px", marginInlineEnd: "4px", display: "inline-block" },
});

function fillStyle(colour: number, extra: React.CSSProperties): React.CSSProperties {
  const [fill, forced] = SERIES_FILLS[colour];
  return { "--rs-fill": fill, "--rs-forced": forced, ...extra } as React.CSSProperties;
}

export interface HistoryChartProps {
  model: HistoryChartModel;
  /** The first day of the chosen week, or null when none is chosen. */
  chosenWeek: number | null;
  strings: Strings;
  formatter: Formatter;
  onChooseWeek(startDay: number): void;
}

/**
 * Sessions per week as stacked bars, oldest first (so right to left in a right-to-left language). The weeks are one
 * tab stop: arrow keys, Home and End move between them; Enter, Space or a click chooses one.
 */
export function HistoryChart({ model, chosenWeek, strings, formatter, onChooseWeek }: HistoryChartProps): React.ReactElement {
  const styles = useStyles();
  const chosenIndex = model.weeks.findIndex((week) => week.startDay === chosenWeek);
  const [focusIndex, setFocusIndex] = useState(chosenIndex >= 0 ? chosenIndex : model.weeks.length - 1);
  const tabStop = Math.min(focusIndex, model.weeks.length - 1);

  // Time runs toward the end of the line; a week's focus handler makes it the tab stop.
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => focusByKey(event, Array.from(event.currentTarget.children as HTMLCollectionOf<HTMLElement>), tabStop, "row");

  const first = model.weeks[0];
  const last = model.weeks[model.weeks.length - 1];
  return (
    <div>
      <div role="group" aria-label={strings.get("History_Label")} className={styles.row} onKeyDown={onKeyDown}>
        {model.weeks.map((week, index) => (
          <button
            key={week.startDay}
            type="button"
            className={mergeClasses(styles.bar, week.startDay === chosenWeek && styles.chosen)}
            tabIndex={index === tabStop ? 0 : -1}
            aria-pressed={week.startDay === chosenWeek}
            aria-label={describeWeek(week, model.series, strings, formatter)}
            onFocus={() => setFocusIndex(index)}
            onClick={() => onChooseWeek(week.startDay)}
          >
            {week.counts.map(
              (count, colour) => count > 0 && <span key={colour} className={styles.fill} style={fillStyle(colour, { height: `${(count / model.max) * 100}%` })} />,
            )}
          </button>
        ))}
      </div>
      <Caption1 aria-hidden className={mergeClasses(styles.row, styles.axis)}>
        <span>{formatter.date(formatter.startOfDay(first.startDay))}</span>
        <span>{formatter.date(formatter.startOfDay(last.startDay))}</span>
      </Caption1>
      <ul className={mergeClasses(styles.row, styles.legend)} aria-label={strings.get("History_LegendLabel")}>
        {model.series.map((series) => (
          <li key={series.colour}>
            <span className={mergeClasses(styles.fill, styles.swatch)} style={fillStyle(series.colour, {})} />
            <Caption1>{series.label}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
