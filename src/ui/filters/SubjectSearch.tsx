import type * as React from "react";
import type { Strings } from "../../platform/strings";
import { SearchIcon } from "../header/icons";
import { createElement } from "../reactBindings";
import { Input } from "../fluentBindings";

export interface SubjectSearchProps {
  value: string;
  onChange(value: string): void;
  strings: Strings;
  className?: string;
}

/** What the subject starts with. Controlled and immediate: whoever queries debounces. Escape clears it. */
export function SubjectSearch({ value, onChange, strings, className }: SubjectSearchProps): React.ReactElement {
  const label = strings.get("Search_Label");
  const clearOnEscape = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // An empty box lets Escape through, to close whatever the host has open.
    if (event.key !== "Escape" || value === "") return;
    event.preventDefault();
    event.stopPropagation();
    onChange("");
  };
  return (
    <Input
      type="search"
      className={className}
      aria-label={label}
      placeholder={label}
      value={value}
      contentBefore={<SearchIcon />}
      onChange={(_event, data) => onChange(data.value)}
      onKeyDown={clearOnEscape}
    />
  );
}
