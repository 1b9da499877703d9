import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import type { HistoryChartModel, HistoryWeek } from "./historyModel";
import { describeWeek } from "./historyModel";

const BAR_AREA_HEIGHT = "40px";

// Bars are drawn in forced colours too: there the palette gives way to system colours, and the series stay
// apart by fill, hatching and outline rather than hue (https://developer.mozilla.org/docs/Web/CSS/@media/forced-colors).
const forced = (fill: string) => ({ "@media (forced-colors: active)": { forcedColorAdjust: "none", background: fill, outline: "1px solid CanvasText" } });

const useStyles = makeStyles({
  chart: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  bars: { display: "flex", alignItems: "stretch", columnGap: "2px", height: BAR_AREA_HEIGHT, minWidth: 0 },
  bar: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-end",
    padding: 0,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    "@media (forced-colors: active)": { borderBottomColor: "CanvasText" },
  },
  chosen: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}`,
    "@media (forced-colors: active)": { outline: "2px solid Highlight" },
  },
  stack: { display: "flex", flexDirection: "column-reverse", width: "100%", minHeight: "2px", overflow: "hidden" },
  segment: { minHeight: "1px" },
  series0: { backgroundColor: tokens.colorPaletteBlueBorderActive, ...forced("CanvasText") },
  series1: { backgroundColor: tokens.colorPaletteMarigoldBorderActive, ...forced("repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 4px)") },
  series2: { backgroundColor: tokens.colorPaletteBerryBorderActive, ...forced("Highlight") },
  series3: { backgroundColor: tokens.colorNeutralForeground3, ...forced("repeating-linear-gradient(0deg, CanvasText 0 1px, Canvas 1px 3px)") },
  axis: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: 0, margin: 0, padding: 0, listStyleType: "none" },
  legendItem: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: "anywhere" },
  swatch: { display: "inline-block", width: "10px", height: "10px", flexShrink: 0, borderRadius: "2px" },
});

type SeriesClass = "series0" | "series1" | "series2" | "series3";
const SERIES_CLASSES: readonly SeriesClass[] = ["series0", "series1", "series2", "series3"];

export interface HistoryChartProps {
  model: HistoryChartModel;
  /** The first day of the chosen week, or null when none is chosen. */
  chosenWeek: number | null;
  strings: Strings;
  formatter: Formatter;
  onChooseWeek(startDay: number): void;
}

/** Which week a key moves to from `index`; null for keys the chart leaves alone. Time runs toward the end of the line. */
export function weekAfterKey(key: string, index: number, count: number, rtl: boolean): number | null {
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const backward = rtl ? "ArrowRight" : "ArrowLeft";
  switch (key) {
    case forward:
      return Math.min(count - 1, index + 1);
    case backward:
      return Math.max(0, index - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/**
 * Sessions per week as stacked bars, oldest first (so right to left in a right-to-left language). The weeks are one
 * tab stop: arrow keys, Home and End move between them; Enter, Space or a click chooses one.
 */
export function HistoryChart({ model, chosenWeek, strings, formatter, onChooseWeek }: HistoryChartProps): React.ReactElement {
  const styles = useStyles();
  const chosenIndex = model.weeks.findIndex((week) => week.startDay === chosenWeek);
  const [focusIndex, setFocusIndex] = React.useState(chosenIndex >= 0 ? chosenIndex : model.weeks.length - 1);
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);
  const tabStop = Math.min(focusIndex, model.weeks.length - 1);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const rtl = event.currentTarget.closest("[dir]")?.getAttribute("dir") === "rtl";
    const next = weekAfterKey(event.key, tabStop, model.weeks.length, rtl);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const first = model.weeks[0];
  const last = model.weeks[model.weeks.length - 1];
  return (
    <div className={styles.chart}>
      <div role="group" aria-label={strings.get("History_Label")} className={styles.bars} onKeyDown={onKeyDown}>
        {model.weeks.map((week, index) => (
          <button
            key={week.startDay}
            type="button"
            ref={(element) => (buttons.current[index] = element)}
            className={mergeClasses(styles.bar, week.startDay === chosenWeek && styles.chosen)}
            tabIndex={index === tabStop ? 0 : -1}
            aria-pressed={week.startDay === chosenWeek}
            aria-label={describeWeek(week, strings, formatter)}
            onFocus={() => setFocusIndex(index)}
            onClick={() => onChooseWeek(week.startDay)}
          >
            <WeekStack week={week} max={model.max} styles={styles} />
          </button>
        ))}
      </div>
      <Caption1 aria-hidden className={styles.axis}>
        <span>{formatter.date(formatter.startOfDay(first.startDay))}</span>
        <span>{formatter.date(formatter.startOfDay(last.startDay))}</span>
      </Caption1>
      <ul className={styles.legend} aria-label={strings.get("History_LegendLabel")}>
        {model.series.map((series) => (
          <li key={series.colour} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles[SERIES_CLASSES[series.colour]])} />
            <Caption1>{series.label}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

function WeekStack({ week, max, styles }: { week: HistoryWeek; max: number; styles: ReturnType<typeof useStyles> }) {
  if (week.total === 0) return null;
  return (
    <span className={styles.stack} style={{ height: `${(week.total / max) * 100}%` }}>
      {week.segments.map((segment) => (
        <span key={segment.series.colour} className={mergeClasses(styles.segment, styles[SERIES_CLASSES[segment.series.colour]])} style={{ flexGrow: segment.count }} />
      ))}
    </span>
  );
}
