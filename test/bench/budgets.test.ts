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
    figure("bytes.raw", 20_000, 320_000, "bytes"),
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
    expect(outcomes).toHaveLength(14);
  });

  it("a form load may make three requests (list, counts, history), not four", () => {
    expect(outcome(passingFigures(), "≤ 3 requests per form load").rule).toBe("≤ 3 requests per form load (list + counts + history)");
    expect(outcome(replace(passingFigures(), figure("requests.load", 4, 20)), "≤ 3 requests per form load").passed).toBe(false);
  });

  it("a history aggregate while paging, filtering or searching fails, and so does a second one for a started session", () => {
    expect(outcome(replace(passingFigures(), figure("requests.historyBrowse", 1, 0)), "0 history aggregates").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("requests.historyStart", 2, 0)), "≤ 1 history aggregate for a started").passed).toBe(false);
  });

  it("shipped bytes fail above 25,000 bytes and pass at exactly 25,000", () => {
    expect(outcome(replace(passingFigures(), figure("bytes.raw", 25_001, 1_000_000, "bytes")), "shipped bytes ≤").passed).toBe(false);
    expect(outcome(replace(passingFigures(), figure("bytes.raw", 25_000, 1_000_000, "bytes")), "shipped bytes ≤")).toEqual({
      rule: "shipped bytes ≤ 25.0 KB minified",
      actual: "25.0 KB",
      passed: true,
    });
  });

  it("the standard build must be at least 15× larger: today's 23.2 KB against 300 KB (12.9×) fails", () => {
    const today = replace(passingFigures(), figure("bytes.raw", 23_227, 300_025, "bytes"));
    expect(outcome(today, "shipped bytes ≥ 15×")).toEqual({ rule: "shipped bytes ≥ 15× smaller than the standard build", actual: "12.9×", passed: false });
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
