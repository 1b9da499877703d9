import type * as React from "react";
import { createElement } from "../reactBindings";

// Small glyphs drawn here: importing an icon package would carry its styling runtime into the bundle.
const iconProps = { width: 20, height: 20, viewBox: "0 0 20 20", fill: "currentColor", "aria-hidden": true, focusable: false } as const;

/** Fluent's 20px regular icons made of straight 1px strokes with round ends, drawn as those strokes. */
const strokeProps = { ...iconProps, fill: "none", stroke: "currentColor", strokeLinecap: "round" } as const;

export function RefreshIcon(): React.ReactElement {
  return (
    <svg {...iconProps}>
      <path d="M10 3.5a6.5 6.5 0 1 0 6.48 7.03.5.5 0 1 1 1 .08A7.5 7.5 0 1 1 15.5 4.9V3a.5.5 0 0 1 1 0v3.5a.5.5 0 0 1-.5.5h-3.5a.5.5 0 0 1 0-1h2.3A6.48 6.48 0 0 0 10 3.5Z" />
    </svg>
  );
}

export function AddIcon(): React.ReactElement {
  return (
    <svg {...strokeProps}>
      <path d="M10 3v14M3 10h14" />
    </svg>
  );
}

export function SearchIcon(): React.ReactElement {
  return (
    <svg {...iconProps}>
      <path d="M8.5 3a5.5 5.5 0 0 1 4.2 9.05l4.15 4.1-.7.7-4.1-4.15A5.5 5.5 0 1 1 8.5 3Zm0 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
    </svg>
  );
}

export function DismissIcon(): React.ReactElement {
  return (
    <svg {...strokeProps}>
      <path d="m4.5 4.5 11 11m0-11-11 11" />
    </svg>
  );
}
