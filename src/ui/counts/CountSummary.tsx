import type * as React from "react";
import type { SessionCounts } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import { describeCounts, summarizeCounts } from "./sessionCounts";
import { createElement } from "../reactBindings";
import { Caption1 } from "../fluentBindings";

export interface CountSummaryProps {
  /** Null while the counts are unknown (loading, failed or turned off): the line stays, empty. */
  counts: SessionCounts | null;
  strings: Strings;
  formatter: Formatter;
  className?: string;
}

/** "2 active · 1 in wrap-up · 37 closed", announced politely when it changes. */
export function CountSummary({ counts, strings, formatter, className }: CountSummaryProps): React.ReactElement {
  return (
    <Caption1 aria-live="polite" className={className}>
      {counts === null ? "" : describeCounts(summarizeCounts(counts), strings, formatter)}
    </Caption1>
  );
}
