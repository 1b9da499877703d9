import type * as React from "react";
import type { StatusChoice as Status } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import { createElement } from "../reactBindings";
import { Button, makeStyles, tokens } from "../fluentBindings";

const LABEL_KEYS = { all: "StatusFilter_All", active: "StatusFilter_Active", closed: "StatusFilter_Closed" } as const satisfies Record<Status, string>;

const useStyles = makeStyles({ group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS } });

export interface StatusFilterOption {
  value: Status;
  /** Null while unknown. */
  count: number | null;
}

export interface StatusFilterProps {
  options: readonly StatusFilterOption[];
  value: Status;
  onChange(value: Status): void;
  strings: Strings;
  formatter: Formatter;
}

const STEPS: Partial<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The option a key moves to among `count` (arrows wrap around; left and right swap right to left), or null. */
export function nextOptionIndex(key: string, current: number, count: number, rightToLeft: boolean): number | null {
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = STEPS[key];
  if (step === undefined) return null;
  const direction = rightToLeft && (key === "ArrowLeft" || key === "ArrowRight") ? -step : step;
  return (current + direction + count) % count;
}

/** All · Active · Closed as one radio group: one tab stop, arrows move and choose, as radio buttons do. */
export function StatusFilter({ options, value, onChange, strings, formatter }: StatusFilterProps): React.ReactElement {
  const styles = useStyles();
  const chosen = Math.max(0, options.findIndex((option) => option.value === value));
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const radios = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("[role=radio]"));
    const rightToLeft = event.currentTarget.closest("[dir]")?.getAttribute("dir") === "rtl";
    const current = radios.indexOf(event.target as HTMLElement);
    const next = current < 0 ? null : nextOptionIndex(event.key, current, radios.length, rightToLeft);
    if (next === null) return;
    event.preventDefault();
    radios[next].focus();
    onChange(options[next].value);
  };
  return (
    <div role="radiogroup" aria-label={strings.get("StatusFilter_Label")} className={styles.group} onKeyDown={onKeyDown}>
      {options.map((option, index) => (
        // Fluent's primary look marks the chosen option, also in high contrast (Highlight fill).
        <Button
          key={option.value}
          role="radio"
          aria-checked={option.value === value}
          tabIndex={index === chosen ? 0 : -1}
          appearance={option.value === value ? "primary" : "outline"}
          shape="circular"
          onClick={() => onChange(option.value)}
        >
          {strings.get(LABEL_KEYS[option.value])}
          {option.count !== null && ` ${formatter.integer(option.count)}`}
        </Button>
      ))}
    </div>
  );
}
