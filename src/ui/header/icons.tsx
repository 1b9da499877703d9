import type * as React from "react";
import { createElement } from "../reactBindings";

// Small glyphs drawn here: importing an icon package would carry its styling runtime into the bundle.
const iconProps = { width: 20, height: 20, viewBox: "0 0 20 20", fill: "currentColor", "aria-hidden": true, focusable: false } as const;

/** Fluent's regular icons made of 1px strokes with round ends, drawn as those strokes (a shorter path than their outline). */
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

/** A ring of radius 5 and its handle, as strokes. */
export function SearchIcon(): React.ReactElement {
  return (
    <svg {...strokeProps}>
      <path d="M13.5 8.5a5 5 0 1 1-10 0 5 5 0 0 1 10 0Zm-1.5 3.5 4.5 4.5" />
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
