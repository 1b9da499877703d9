import type * as React from "react";
import type { StatusChoice as Status } from "../../model";
import type { Formatter } from "../../platform/formatting";
import { capitalize } from "../../platform/strings";
import type { Strings } from "../../platform/strings";
import { focusByKey } from "../arrowKeys";
import { createElement } from "../reactBindings";
import { Button, makeStyles, tokens } from "../fluentBindings";

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

/** All · Active · Closed as one radio group: one tab stop, arrows move and choose, as radio buttons do. */
export function StatusFilter({ options, value, onChange, strings, formatter }: StatusFilterProps): React.ReactElement {
  const styles = useStyles();
  const chosen = Math.max(0, options.findIndex((option) => option.value === value));
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const radios = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("[role=radio]"));
    const next = focusByKey(event, radios, radios.indexOf(event.target as HTMLElement), "radios");
    if (next !== null) onChange(options[next].value);
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
          {strings.get(`StatusFilter_${capitalize(option.value)}`)}
          {option.count !== null && ` ${formatter.integer(option.count)}`}
        </Button>
      ))}
    </div>
  );
}
