/** @jest-environment node */
import type { Figure } from "../../bench/src/figures";
import { formatBudgetLines, formatMarkdownTable, formatRatio, formatSummary, formatTextTable, formatValue } from "../../bench/src/format";
import { single, summarize } from "../../bench/src/stats";

describe("formatValue", () => {
  it("writes bytes in SI units, as the budgets are written", () => {
    expect(formatValue(812, "bytes")).toBe("812 B");
    expect(formatValue(23_227, "bytes")).toBe("23.2 KB");
    expect(formatValue(300_025, "bytes")).toBe("300.0 KB");
    expect(formatValue(12_345_678, "bytes")).toBe("12.35 MB");
  });

  it("writes counts with thousands separators", () => {
    expect(formatValue(2500, "count")).toBe("2,500");
    expect(formatValue(0, "count")).toBe("0");
  });

  it("writes milliseconds with fewer decimals as they grow", () => {
    expect(formatValue(3.456, "ms")).toBe("3.46 ms");
    expect(formatValue(12.34, "ms")).toBe("12.3 ms");
    expect(formatValue(1234.5, "ms")).toBe("1,235 ms");
  });
});

describe("formatSummary", () => {
  it("shows the range after the median when the runs differ", () => {
    expect(formatSummary(summarize([12.3, 11, 14.2]), "ms")).toBe("12.3 ms (11.0 ms–14.2 ms)");
  });

  it("shows one value when every run gave the same", () => {
    expect(formatSummary(summarize([2, 2, 2]), "count")).toBe("2");
  });

  it("shows n/a for a scenario that was not available", () => {
    expect(formatSummary(null, "count")).toBe("n/a");
  });
});

describe("formatRatio", () => {
  it("gives one decimal below 100×, none above, ∞ for nothing against something, — when unknown", () => {
    expect(formatRatio(12.94)).toBe("12.9×");
    expect(formatRatio(27.44)).toBe("27.4×");
    expect(formatRatio(431.6)).toBe("432×");
    expect(formatRatio(0.5)).toBe("0.5×");
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatRatio(null)).toBe("—");
  });
});

const figures: Figure[] = [
  { id: "bytes.raw", section: "bytes", label: "shipped, minified", unit: "bytes", ours: single(23_227), baseline: single(300_025) },
  { id: "requests.load", section: "requests", label: "form load", unit: "count", ours: single(1), baseline: single(20) },
  { id: "requests.filter", section: "requests", label: "status filter", unit: "count", ours: null, baseline: single(1), note: "not available in this build" },
  { id: "render.theme.2500", section: "render", label: "theme | 2,500 rows", unit: "ms", ours: summarize([40, 38, 45]), baseline: summarize([400, 390, 420]) },
];

describe("formatTextTable", () => {
  const lines = formatTextTable(figures).split("\n");

  it("puts each figure beside its baseline and the ratio, under its section's title and baseline", () => {
    expect(lines[0]).toMatch(/^figure\s+ours: median \(min–max\)\s+baseline\s+ratio$/);
    expect(lines).toContain("Bytes shipped — baseline: standard control bundling React and Fluent");
    expect(lines.find((line) => line.startsWith("shipped, minified"))).toMatch(/23\.2 KB\s+300\.0 KB\s+12\.9×$/);
    expect(lines.find((line) => line.startsWith("form load"))).toMatch(/\s1\s+20\s+20\.0×$/);
  });

  it("marks a scenario this build cannot do", () => {
    expect(lines.find((line) => line.startsWith("status filter"))).toMatch(/^status filter \[not available in this build\]\s+n\/a\s+1\s+—$/);
  });

  it("lines the columns up", () => {
    const rows = lines.filter((line) => /×$|—$/.test(line));
    expect(new Set(rows.map((line) => line.length)).size).toBe(1);
  });
});

describe("formatMarkdownTable", () => {
  it("is a Markdown table with a row per section and per figure, pipes escaped", () => {
    const markdown = formatMarkdownTable(figures).split("\n");
    expect(markdown[0]).toBe("| figure | ours: median (min–max) | baseline | ratio |");
    expect(markdown[1]).toBe("|---|--:|--:|--:|");
    expect(markdown).toContain("| **Render cost in Chromium — baseline: plain Fluent v9 Table rendering every row** |  |  |  |");
    expect(markdown).toContain("| theme \\| 2,500 rows | 40.0 ms (38.0 ms–45.0 ms) | 400 ms (390 ms–420 ms) | 10.0× |");
  });
});

describe("formatBudgetLines", () => {
  it("writes one PASS or FAIL line per budget with what was measured", () => {
    expect(
      formatBudgetLines([
        { rule: "shipped bytes ≤ 25.0 KB minified", actual: "23.2 KB", passed: true },
        { rule: "status filter change: ≤ 2 requests", actual: "not available in this build", passed: false },
      ]),
    ).toBe("PASS  shipped bytes ≤ 25.0 KB minified  (measured: 23.2 KB)\nFAIL  status filter change: ≤ 2 requests  (measured: not available in this build)");
  });
});
