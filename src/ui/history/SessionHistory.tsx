import type * as React from "react";
import type { CreatedRange } from "../../model";
import type { OptionSetLabels } from "../../platform/optionSetLabels";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import { focusByKey } from "../arrowKeys";
import { aggregateChannelLabel } from "../counts/sessionCounts";
import { DismissIcon } from "../header/icons";
import { buildChartModel, dayDate, describeWeek, weekTitle } from "./historyModel";
import type { SessionHistoryAnswer } from "./useSessionHistory";
import { createElement, memo, useMemo, useState } from "../reactBindings";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "../fluentBindings";

// Bars are drawn in forced colours too: there the palette gives way to system colours, and the series stay apart by
// fill, hatching and outline rather than hue (https://developer.mozilla.org/docs/Web/CSS/@media/forced-colors).
const FORCED = "@media (forced-colors: active)";

/** A series' fill as the custom properties the fill class reads: its colour, and its stand-in in forced colours. */
const seriesFill = (fill: string, forced: string) => ({ "--rs-fill": fill, "--rs-forced": forced }) as React.CSSProperties;

/** Each series' fill: a palette colour that holds in light and dark themes, and its forced-colours stand-in. */
const SERIES_FILLS: readonly React.CSSProperties[] = [
  seriesFill(tokens.colorPaletteBlueBorderActive, "CanvasText"),
  seriesFill(tokens.colorPaletteMarigoldBorderActive, "repeating-linear-gradient(45deg,CanvasText 0 2px,Canvas 0 4px)"),
  seriesFill(tokens.colorPaletteBerryBorderActive, "Highlight"),
  seriesFill(tokens.colorNeutralForeground3, "repeating-linear-gradient(0deg,CanvasText 0 1px,Canvas 0 3px)"),
];

const useStyles = makeStyles({
  history: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  chip: { alignSelf: "flex-start", maxWidth: "100%" },
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

export interface SessionHistoryProps {
  /** The aggregate's answer; null while unknown or failed. */
  answer: SessionHistoryAnswer | null;
  /** The week the list is narrowed to, or null. */
  createdRange: CreatedRange | null;
  onCreatedRangeChange(range: CreatedRange | null): void;
  channelOptionSet: OptionSetLabels | null;
  strings: Strings;
  formatter: Formatter;
}

/**
 * The 13-week chart (or its one quiet line), and the removable "Week of …" filter while a week narrows the list.
 * The chart shows sessions per week as stacked bars, oldest first (so right to left in a right-to-left language). The
 * weeks are one tab stop, on the chosen week, else the current one, until a week takes focus: arrow keys, Home and
 * End move between them; Enter, Space or a click chooses one, and choosing it again ends the filter. Memoized: the
 * rows arriving re-render the panel, not the chart.
 */
export const SessionHistory = memo(function SessionHistory({ answer, createdRange, onCreatedRangeChange, channelOptionSet, strings, formatter }: SessionHistoryProps): React.ReactElement | null {
  const styles = useStyles();
  const model = useMemo(
    () =>
      answer &&
      buildChartModel(answer.days, answer.weekStarts, strings.get("History_OtherChannel"), (channel, platformLabel) =>
        aggregateChannelLabel(channel, platformLabel, channelOptionSet, strings),
      ),
    [answer, strings, channelOptionSet],
  );
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const chosenWeek = createdRange === null ? null : formatter.day(createdRange.from);
  const title = chosenWeek !== null && weekTitle(chosenWeek, strings, formatter);
  const chip = title && (
    <Button
      size="small"
      shape="circular"
      icon={<DismissIcon />}
      iconPosition="after"
      className={styles.chip}
      aria-label={strings.format("History_RemoveWeekFilter", title)}
      onClick={() => onCreatedRangeChange(null)}
    >
      {title}
    </Button>
  );
  if (model === null) return chip || null;

  const { weeks, series } = model;
  const chosenIndex = weeks.findIndex((week) => week.startDay === chosenWeek);
  const tabStop = focusIndex ?? (chosenIndex >= 0 ? chosenIndex : weeks.length - 1);
  // Time runs toward the end of the line; a week's focus handler makes it the tab stop.
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => focusByKey(event, Array.from(event.currentTarget.children as HTMLCollectionOf<HTMLElement>), tabStop, "row");
  const chooseWeek = (startDay: number) =>
    onCreatedRangeChange(startDay === chosenWeek ? null : { from: formatter.startOfDay(startDay), to: formatter.startOfDay(startDay + 7) });
  return (
    <div className={styles.history}>
      {model.max === 0 ? (
        <Caption1 className={styles.quiet}>{strings.get("History_Empty")}</Caption1>
      ) : (
        <div>
          <div role="group" aria-label={strings.get("History_Label")} className={styles.row} onKeyDown={onKeyDown}>
            {weeks.map((week, index) => (
              <button
                key={week.startDay}
                type="button"
                className={mergeClasses(styles.bar, index === chosenIndex && styles.chosen)}
                tabIndex={index === tabStop ? 0 : -1}
                aria-pressed={index === chosenIndex}
                aria-label={describeWeek(week, series, strings, formatter)}
                onFocus={() => setFocusIndex(index)}
                onClick={() => chooseWeek(week.startDay)}
              >
                {week.counts.map(
                  (count, colour) => count > 0 && <span key={colour} className={styles.fill} style={{ ...SERIES_FILLS[colour], height: `${(count / model.max) * 100}%` }} />,
                )}
              </button>
            ))}
          </div>
          <Caption1 aria-hidden className={mergeClasses(styles.row, styles.axis)}>
            <span>{dayDate(weeks[0].startDay, formatter)}</span>
            <span>{dayDate(weeks[weeks.length - 1].startDay, formatter)}</span>
          </Caption1>
          <ul className={mergeClasses(styles.row, styles.legend)} aria-label={strings.get("History_LegendLabel")}>
            {series.map(({ colour, label }) => (
              <li key={colour}>
                <span className={mergeClasses(styles.fill, styles.swatch)} style={SERIES_FILLS[colour]} />
                <Caption1>{label}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {chip}
    </div>
  );
});
