import type * as React from "react";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import type { ChannelFilterProps } from "./ChannelFilter";
import { ChannelFilter } from "./ChannelFilter";
import type { StatusFilterProps } from "./StatusFilter";
import { StatusFilter } from "./StatusFilter";
import type { SubjectSearchProps } from "./SubjectSearch";
import { SubjectSearch } from "./SubjectSearch";
import { createElement, memo } from "../reactBindings";
import { makeStyles, tokens } from "../fluentBindings";

type Shared = "strings" | "formatter";

const useStyles = makeStyles({
  // Wraps where it must: the chips, then the channel menu, then the search box, which takes the rest of its line.
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: "12rem", minWidth: 0 },
});

export interface FilterBarProps {
  strings: Strings;
  formatter: Formatter;
  /** Absent when the maker's scope leaves nothing to choose. */
  status?: Omit<StatusFilterProps, Shared>;
  /** Absent when no channel is known. */
  channels?: Omit<ChannelFilterProps, Shared>;
  search: Omit<SubjectSearchProps, "strings" | "className">;
}

/**
 * Status chips, the channel menu and the subject search, as one search landmark above the list. Memoized: the rows
 * arriving re-render the panel, not the filters.
 */
export const FilterBar = memo(function FilterBar({ strings, formatter, status, channels, search }: FilterBarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div role="search" aria-label={strings.get("Filters_Label")} className={styles.bar}>
      {status && <StatusFilter {...status} strings={strings} formatter={formatter} />}
      {channels && <ChannelFilter {...channels} strings={strings} formatter={formatter} />}
      <SubjectSearch {...search} strings={strings} className={styles.search} />
    </div>
  );
});
