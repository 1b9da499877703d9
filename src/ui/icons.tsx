import * as React from "react";

// Two small glyphs drawn here: importing an icon package would carry its styling runtime into the bundle.
const iconProps = { width: 20, height: 20, viewBox: "0 0 20 20", fill: "currentColor", "aria-hidden": true, focusable: false } as const;

export function RefreshIcon(): React.ReactElement {
  return (
    <svg {...iconProps}>
      <path d="M10 3.5a6.5 6.5 0 1 0 6.48 7.03.5.5 0 1 1 1 .08A7.5 7.5 0 1 1 15.5 4.9V3a.5.5 0 0 1 1 0v3.5a.5.5 0 0 1-.5.5h-3.5a.5.5 0 0 1 0-1h2.3A6.48 6.48 0 0 0 10 3.5Z" />
    </svg>
  );
}

export function AddIcon(): React.ReactElement {
  return (
    <svg {...iconProps}>
      <path d="M10 2.5a.5.5 0 0 1 .5.5v6.5H17a.5.5 0 0 1 0 1h-6.5V17a.5.5 0 0 1-1 0v-6.5H3a.5.5 0 0 1 0-1h6.5V3a.5.5 0 0 1 .5-.5Z" />
    </svg>
  );
}
