import type { Summary } from "./stats";

/** Every figure is better when lower: fewer bytes, fewer requests, fewer milliseconds. */
export type Unit = "bytes" | "count" | "ms";

export type SectionId = "bytes" | "requests" | "render";

export interface Section {
  title: string;
  /** What our control is compared with in this section. */
  baseline: string;
}

export const SECTIONS: Readonly<Record<SectionId, Section>> = {
  bytes: { title: "Bytes shipped", baseline: "standard control bundling React and Fluent" },
  requests: { title: "Web API requests", baseline: "naive control (re-queries on every updateView, fetches every page)" },
  render: { title: "Render cost in Chromium", baseline: "plain Fluent v9 Table rendering every row" },
};

export interface Figure {
  /** Stable key for budgets and results.json, e.g. "render.resize.2500". */
  id: string;
  section: SectionId;
  label: string;
  unit: Unit;
  /** Null when this build cannot do the scenario (see note). */
  ours: Summary | null;
  baseline: Summary | null;
  note?: string;
}

/**
 * How many times better ours is than the baseline (baseline ÷ ours, on medians): 15 means 15× smaller or
 * faster, below 1 means worse. Infinite when ours is 0 and the baseline is not; null when either is missing.
 */
export function ratioOf(figure: Figure): number | null {
  if (figure.ours === null || figure.baseline === null) return null;
  const ours = figure.ours.median;
  const baseline = figure.baseline.median;
  if (ours === 0) return baseline === 0 ? 1 : Number.POSITIVE_INFINITY;
  return baseline / ours;
}

export function findFigure(figures: readonly Figure[], id: string): Figure | undefined {
  return figures.find((figure) => figure.id === id);
}
