/** @jest-environment node */
import { evaluateBudgets } from "../../bench/src/budgets";
import type { Figure } from "../../bench/src/figures";
import { ratioOf } from "../../bench/src/figures";
import { single, summarize } from "../../bench/src/stats";

const PARAMETERS = { pagedSessions: 500, pageSize: 25 };

function figure(id: string, ours: number | null, baseline: number | null, unit: Figure["unit"] = "count"): Figure {
  return { id, section: "requests", label: id, unit, ours: ours === null ? null : single(ours), baseline: baseline === null ? null : single(baseline) };
}

/** Figures that meet every budget. */
function passingFigures(): Figure[] {
  return [
    figure("bytes.raw", 50_000, 480_000, "bytes"),
    figure("bytes.gzip", 17_000, 145_000, "bytes"),
    figure("bytes.history", 4_000, null, "bytes"),
    figure("requests.load", 3, 20),
    figure("requests.historyLoad", 1, 0),
    figure("requests.historyBrowse", 0, 0),
    figure("requests.historyStart", 1, 0),
    figure("requests.updateView", 0, 400),
    figure("requests.paging", 20, 20),
    figure("requests.filter", 2, 3),
    figure("requests.search", 1, 12),
    figure("render.resize.250", 10, 40, "ms"),
    figure("render.resize.2500", 15, 400, "ms"),
    figure("render.theme.250", 8, 30, "ms"),
    figure("render.theme.2500", 12, 300, "ms"),
    figure("render.firstLoad.25", 30, 33, "ms"),
  ];
}

function replace(figures: Figure[], replacement: Figure): Figure[] {
  return figures.map((existing) => (existing.id === replacement.id ? replacement : existing));
}

function outcome(figures: Figure[], ruleStart: string) {
  const found = evaluateBudgets(figures, PARAMETERS).find((budget) => budget.rule.startsWith(ruleStart));
  if (!found) throw new Error(`No budget starts with ${ruleStart}`);
  return found;
}

describe("ratioOf", () => {
  it("is the baseline's median over ours: how many times smaller or faster ours is", () => {
    expect(ratioOf(figure("x", 20, 300))).toBe(15);
    expect(ratioOf({ ...figure("x", 0, 0), ours: summarize([10, 20, 40]), baseline: summarize([50, 100, 900]) })).toBe(5);
  });

  it("is infinite when ours is 0 and the baseline not, 1 when both are 0, null when one is missing", () => {
    expect(ratioOf(figure("x", 0, 400))).toBe(Number.POSITIVE_INFINITY);
    expect(ratioOf(figure("x", 0, 0))).toBe(1);
    expect(ratioOf(figure("x", null, 3))).toBeNull();
    expect(ratioOf(figure("x", 3, null))).toBeNull();
  });
});

describe("the budgets", () => {
  it("all pass for figures within every limit", () => {
    const outcomes = evaluateBudgets(passingFigures(), PARAMETERS);
    expect(outcomes.filter((budget) => !budget.passed)).toEqual([]);
    expect(outcomes).toHaveLength(17);
  });

  it("a form load may make three requests (list, counts, history), not four", () => {
    expect(outcome(passingFigures(), "≤ 3 requests per form load").rule).toBe("≤ 3 requests per form load (list + counts + history)");
    expect(outcome(replace(passingFigures(), figure("requests.load", 4, 20)), "≤ 3 requests per form load").passed).toBe(false);
  });

  it("a history aggregate while paging, filtering or searching fails, and so does a second one for a started session", () => {
    expect(outcome(replace(passingFigures(), figure("requests.historyBrowse", 1, 0)), "0 history aggregates").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("requests.historyStart", 2, 0)), "≤ 1 history aggregate for a started").passed).toBe(false);
  });

  it("shipped bytes fail above 56,000 bytes minified and pass at exactly 56,000", () => {
    expect(outcome(replace(passingFigures(), figure("bytes.raw", 56_001, 1_000_000, "bytes")), "shipped bytes ≤ 56").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("bytes.raw", 56_000, 1_000_000, "bytes")), "shipped bytes ≤ 56")).toEqual({
      rule: "shipped bytes ≤ 56.0 KB minified",
      actual: "56.0 KB",
      passed: true,
    });
  });

  it("the history chart fails above 5,000 bytes minified and passes at exactly 5,000", () => {
    expect(outcome(replace(passingFigures(), figure("bytes.history", 5_001, null, "bytes")), "the history chart").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("bytes.history", 5_000, null, "bytes")), "the history chart")).toEqual({
      rule: "the history chart adds ≤ 5.0 KB minified",
      actual: "5.0 KB",
      passed: true,
    });
  });

  it("shipped bytes fail above 18,500 bytes gzip and pass at exactly 18,500", () => {
    expect(outcome(replace(passingFigures(), figure("bytes.gzip", 18_501, 150_000, "bytes")), "shipped bytes ≤ 18.5").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("bytes.gzip", 18_500, 150_000, "bytes")), "shipped bytes ≤ 18.5")).toEqual({
      rule: "shipped bytes ≤ 18.5 KB gzip",
      actual: "18.5 KB",
      passed: true,
    });
  });

  it("the standard build, measured in the same run, must be at least 8.5× larger (minified): 8.4× fails, 8.5× passes", () => {
    const short = replace(passingFigures(), figure("bytes.raw", 50_000, 420_000, "bytes"));
    expect(outcome(short, "shipped bytes ≥ 8.5×")).toEqual({ rule: "shipped bytes ≥ 8.5× smaller (minified) than the standard build", actual: "8.4×", passed: false });
    expect(outcome(replace(passingFigures(), figure("bytes.raw", 50_000, 425_000, "bytes")), "shipped bytes ≥ 8.5×").passed).toBe(true);
  });

  it("the first form load in a fresh page must paint its rows at least as fast as the plain Table: 0.5× fails, 1.0× passes", () => {
    const behind = replace(passingFigures(), figure("render.firstLoad.25", 66.8, 32.8, "ms"));
    expect(outcome(behind, "first form load")).toEqual({
      rule: "first form load in a fresh page (data → 25 rows painted) ≥ 1.0× the plain Table",
      actual: "0.5×",
      passed: false,
    });
    expect(outcome(replace(passingFigures(), figure("render.firstLoad.25", 33, 33, "ms")), "first form load").passed).toBe(true);
    expect(outcome(replace(passingFigures(), figure("render.firstLoad.25", 33.5, 33, "ms")), "first form load").passed).toBe(false);
  });

  it("shows a measured value that would round to its limit precisely, so the outcome says why it failed", () => {
    expect(outcome(replace(passingFigures(), figure("bytes.gzip", 18_510, 150_000, "bytes")), "shipped bytes ≤ 18.5")).toMatchObject({ actual: "18,510 B", passed: false });
    expect(outcome(replace(passingFigures(), figure("render.firstLoad.25", 29.0, 28.1, "ms")), "first form load")).toMatchObject({ actual: "0.97×", passed: false });
    expect(outcome(replace(passingFigures(), figure("render.firstLoad.25", 28.1, 29.0, "ms")), "first form load")).toMatchObject({ actual: "1.03×", passed: true });
    expect(outcome(replace(passingFigures(), figure("render.firstLoad.25", 29.4, 32.9, "ms")), "first form load")).toMatchObject({ actual: "1.1×", passed: true });
  });

  it("paging 500 sessions at page size 25 may take 20 list requests, not 21", () => {
    expect(outcome(passingFigures(), "500 sessions").rule).toBe("500 sessions in ⌈500 / 25⌉ = 20 list requests");
    expect(outcome(replace(passingFigures(), figure("requests.paging", 21, 20)), "500 sessions").passed).toBe(false);
  });

  it("a single request on an unrelated updateView fails", () => {
    expect(outcome(replace(passingFigures(), figure("requests.updateView", 1, 400)), "0 requests").passed).toBe(false);
  });

  it("a scenario this build cannot do fails, and says so", () => {
    const unavailable: Figure = { ...figure("requests.filter", null, 3), note: "not available in this build" };
    expect(outcome(replace(passingFigures(), unavailable), "status filter")).toEqual({
      rule: "status filter change: ≤ 2 requests",
      actual: "not available in this build",
      passed: false,
    });
  });

  it("a figure that was never measured fails", () => {
    const withoutSearch = passingFigures().filter((existing) => existing.id !== "requests.search");
    expect(outcome(withoutSearch, "search")).toMatchObject({ actual: "not measured", passed: false });
  });

  it("a resize at 2,500 rows may cost twice the one at 250, not more", () => {
    const twice = replace(passingFigures(), figure("render.resize.2500", 20, 400, "ms"));
    expect(outcome(twice, "resize at 2,500 rows ≤").passed).toBe(true);
    const more = replace(passingFigures(), figure("render.resize.2500", 20.5, 400, "ms"));
    expect(outcome(more, "resize at 2,500 rows ≤")).toEqual({ rule: "resize at 2,500 rows ≤ 2× resize at 250", actual: "20.5 ms vs 10.0 ms", passed: false });
  });

  it("a theme switch at 2,500 rows must be at least 5× faster than the plain Table's", () => {
    const slow = replace(passingFigures(), figure("render.theme.2500", 61, 300, "ms"));
    expect(outcome(slow, "theme switch at 2,500 rows ≥")).toEqual({
      rule: "theme switch at 2,500 rows ≥ 5× faster than the plain Table",
      actual: "4.9×",
      passed: false,
    });
  });
});
