import type * as React from "react";
import type { CreatedRange } from "../../model";
import type { OptionSetLabels } from "../../platform/optionSetLabels";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import { channelLabel } from "../../data/channelLabel";
import { DismissIcon } from "../header/icons";
import { HistoryChart } from "./HistoryChart";
import { buildChartModel, weekTitle } from "./historyModel";
import type { SessionHistoryAnswer } from "./useSessionHistory";
import { createElement, useMemo } from "../reactBindings";
import { Button, Caption1, makeStyles, tokens } from "../fluentBindings";

const useStyles = makeStyles({
  history: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  chip: { alignSelf: "flex-start", maxWidth: "100%" },
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

/** The 13-week chart (or its one quiet line), and the removable "Week of …" filter while a week narrows the list. */
export function SessionHistory({ answer, createdRange, onCreatedRangeChange, channelOptionSet, strings, formatter }: SessionHistoryProps): React.ReactElement | null {
  const styles = useStyles();
  const model = useMemo(
    () =>
      answer &&
      buildChartModel(answer.days, answer.weekStarts, strings.get("History_OtherChannel"), (channel, platformLabel) =>
        channelLabel(channel, [platformLabel, channelOptionSet?.options.find(({ value }) => value === channel)?.label], strings.get),
      ),
    [answer, strings, channelOptionSet],
  );
  const chosenWeek = createdRange === null ? null : formatter.day(createdRange.from);
  const chooseWeek = (startDay: number) =>
    onCreatedRangeChange(startDay === chosenWeek ? null : { from: formatter.startOfDay(startDay), to: formatter.startOfDay(startDay + 7) });
  const chip = chosenWeek !== null && (
    <Button
      size="small"
      shape="circular"
      icon={<DismissIcon />}
      iconPosition="after"
      className={styles.chip}
      aria-label={strings.format("History_RemoveWeekFilter", weekTitle(chosenWeek, strings, formatter))}
      onClick={() => onCreatedRangeChange(null)}
    >
      {weekTitle(chosenWeek, strings, formatter)}
    </Button>
  );
  if (model === null) return chip || null;
  return (
    <div className={styles.history}>
      {model.max === 0 ? (
        <Caption1 className={styles.quiet}>{strings.get("History_Empty")}</Caption1>
      ) : (
        <HistoryChart model={model} chosenWeek={chosenWeek} strings={strings} formatter={formatter} onChooseWeek={chooseWeek} />
      )}
      {chip}
    </div>
  );
}
