import { findFigure, ratioOf } from "./figures";
import type { Figure } from "./figures";
import { formatExactValue, formatRatio, formatValue } from "./format";

export interface BudgetOutcome {
  rule: string;
  /** What was measured, in words, e.g. "23.2 KB" or "not available in this build". */
  actual: string;
  passed: boolean;
}

interface Budget {
  rule: string;
  evaluate(figures: readonly Figure[]): Omit<BudgetOutcome, "rule">;
}

export interface BudgetParameters {
  /** The sessions the paging scenario walks through, and the page size it uses. */
  pagedSessions: number;
  pageSize: number;
}

/** The ceiling every later feature pays its bytes under (the history chart and workspace sessions included). */
const MAX_SHIPPED_BYTES = 56_000;
const MAX_SHIPPED_GZIP_BYTES = 18_500;
const MIN_BYTES_RATIO = 8.5;
/** What the history chart may add to the minified bundle. */
const MAX_HISTORY_BYTES = 5_000;
const MAX_REQUESTS_PER_LOAD = 3;
const MAX_REQUESTS_PER_FILTER_CHANGE = 2;
const MAX_GROWTH_250_TO_2500 = 2;
const MIN_RATIO_TO_PLAIN_TABLE = 5;
/** The first rows in a fresh page: at least as fast as the plain Table's. */
const MIN_FIRST_PAINT_RATIO = 1;

type Measured = { figure: Figure; value: number } | { figure: Figure | undefined; value: null };

function oursOf(figures: readonly Figure[], id: string): Measured {
  const figure = findFigure(figures, id);
  return figure?.ours ? { figure, value: figure.ours.median } : { figure, value: null };
}

function missing(figure: Figure | undefined): Omit<BudgetOutcome, "rule"> {
  return { actual: figure?.note ?? "not measured", passed: false };
}

/**
 * The measured value as the outcome shows it: rounded like the report, unless it then reads the same as its limit
 * ("18.5 KB" for 18,510 bytes against 18,500; "1.0×" for 0.97× against 1.0×), where the rounding would hide why it
 * passed or failed.
 */
function shownAgainst(value: number, limit: number, rounded: (value: number) => string, exact: (value: number) => string): string {
  return value !== limit && rounded(value) === rounded(limit) ? exact(value) : rounded(value);
}

function atMost(id: string, limit: number, rule: string): Budget {
  return {
    rule,
    evaluate(figures) {
      const measured = oursOf(figures, id);
      if (measured.value === null) return missing(measured.figure);
      const { unit } = measured.figure;
      const actual = shownAgainst(measured.value, limit, (value) => formatValue(value, unit), (value) => formatExactValue(value, unit));
      return { actual, passed: measured.value <= limit };
    },
  };
}

function ratioAtLeast(id: string, minimum: number, rule: string): Budget {
  return {
    rule,
    evaluate(figures) {
      const figure = findFigure(figures, id);
      const ratio = figure ? ratioOf(figure) : null;
      if (ratio === null) return missing(figure);
      return { actual: shownAgainst(ratio, minimum, (value) => formatRatio(value), (value) => formatRatio(value, 2)), passed: ratio >= minimum };
    },
  };
}

function growthAtMost(smallId: string, largeId: string, factor: number, rule: string): Budget {
  return {
    rule,
    evaluate(figures) {
      const small = oursOf(figures, smallId);
      const large = oursOf(figures, largeId);
      if (small.value === null) return missing(small.figure);
      if (large.value === null) return missing(large.figure);
      const actual = `${formatValue(large.value, large.figure.unit)} vs ${formatValue(small.value, small.figure.unit)}`;
      return { actual, passed: large.value <= factor * small.value };
    },
  };
}

/** The budgets: bytes, ratios within one run or counts, never absolute milliseconds, so they hold on a busy machine. */
export function budgets({ pagedSessions, pageSize }: BudgetParameters): Budget[] {
  const pages = Math.ceil(pagedSessions / pageSize);
  return [
    atMost("bytes.raw", MAX_SHIPPED_BYTES, `shipped bytes ≤ ${formatValue(MAX_SHIPPED_BYTES, "bytes")} minified`),
    atMost("bytes.gzip", MAX_SHIPPED_GZIP_BYTES, `shipped bytes ≤ ${formatValue(MAX_SHIPPED_GZIP_BYTES, "bytes")} gzip`),
    ratioAtLeast("bytes.raw", MIN_BYTES_RATIO, `shipped bytes ≥ ${MIN_BYTES_RATIO}× smaller (minified) than the standard build`),
    atMost("bytes.history", MAX_HISTORY_BYTES, `the history chart adds ≤ ${formatValue(MAX_HISTORY_BYTES, "bytes")} minified`),
    atMost("requests.load", MAX_REQUESTS_PER_LOAD, `≤ ${MAX_REQUESTS_PER_LOAD} requests per form load (list + counts + history)`),
    atMost("requests.historyLoad", 1, "≤ 1 history aggregate per form load"),
    atMost("requests.historyBrowse", 0, "0 history aggregates for paging, filters and search"),
    atMost("requests.historyStart", 1, "≤ 1 history aggregate for a started session"),
    atMost("requests.updateView", 0, "0 requests for unrelated updateView calls"),
    atMost("requests.paging", pages, `${pagedSessions} sessions in ⌈${pagedSessions} / ${pageSize}⌉ = ${pages} list requests`),
    atMost("requests.filter", MAX_REQUESTS_PER_FILTER_CHANGE, `status filter change: ≤ ${MAX_REQUESTS_PER_FILTER_CHANGE} requests`),
    atMost("requests.search", MAX_REQUESTS_PER_FILTER_CHANGE, `search for a typed word: ≤ ${MAX_REQUESTS_PER_FILTER_CHANGE} requests`),
    growthAtMost("render.resize.250", "render.resize.2500", MAX_GROWTH_250_TO_2500, "resize at 2,500 rows ≤ 2× resize at 250"),
    growthAtMost("render.theme.250", "render.theme.2500", MAX_GROWTH_250_TO_2500, "theme switch at 2,500 rows ≤ 2× at 250"),
    ratioAtLeast("render.resize.2500", MIN_RATIO_TO_PLAIN_TABLE, `resize at 2,500 rows ≥ ${MIN_RATIO_TO_PLAIN_TABLE}× faster than the plain Table`),
    ratioAtLeast("render.theme.2500", MIN_RATIO_TO_PLAIN_TABLE, `theme switch at 2,500 rows ≥ ${MIN_RATIO_TO_PLAIN_TABLE}× faster than the plain Table`),
    ratioAtLeast(
      "render.firstLoad.25",
      MIN_FIRST_PAINT_RATIO,
      `first form load in a fresh page (data → 25 rows painted) ≥ ${formatRatio(MIN_FIRST_PAINT_RATIO)} the plain Table`,
    ),
  ];
}

export function evaluateBudgets(figures: readonly Figure[], parameters: BudgetParameters): BudgetOutcome[] {
  return budgets(parameters).map((budget) => ({ rule: budget.rule, ...budget.evaluate(figures) }));
}
