import type * as React from "react";
import type { Strings } from "../../platform/strings";
import { EmptyState } from "./EmptyState";
import { createElement } from "../reactBindings";
import { Button } from "../fluentBindings";

/** What the list says when the filters and search leave nothing, with the way back to every session. */
export function NoMatches({ strings, onClearFilters }: { strings: Strings; onClearFilters(): void }): React.ReactElement {
  return (
    <EmptyState title={strings.get("NoMatches_Title")} body={strings.get("NoMatches_Body")}>
      <Button onClick={onClearFilters}>{strings.get("Action_ClearFilters")}</Button>
    </EmptyState>
  );
}
