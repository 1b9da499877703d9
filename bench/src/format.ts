import { SECTIONS, ratioOf } from "./figures";
import type { Figure, SectionId, Unit } from "./figures";
import type { Summary } from "./stats";

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function decimals(value: number, digits: number): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Bytes in SI units (1 KB = 1,000 B, as the budgets are written); milliseconds with precision that fits. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "bytes":
      if (value < 1_000) return `${COUNT.format(value)} B`;
      if (value < 1_000_000) return `${decimals(value / 1_000, 1)} KB`;
      return `${decimals(value / 1_000_000, 2)} MB`;
    case "count":
      return COUNT.format(value);
    case "ms":
      return `${decimals(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
  }
}

/** The median, then the range over the runs when they differ: "12.3 ms (11.0–14.2)". */
export function formatSummary(summary: Summary | null, unit: Unit): string {
  if (summary === null) return "n/a";
  const median = formatValue(summary.median, unit);
  if (summary.min === summary.max) return median;
  return `${median} (${formatValue(summary.min, unit)}–${formatValue(summary.max, unit)})`;
}

/** The value to the unit's last digit: bytes and counts whole, milliseconds to two decimals. */
export function formatExactValue(value: number, unit: Unit): string {
  return unit === "ms" ? `${decimals(value, 2)} ms` : `${COUNT.format(value)}${unit === "bytes" ? " B" : ""}`;
}

/** `digits` decimals; by default one below 100×, none above. */
export function formatRatio(ratio: number | null, digits?: number): string {
  if (ratio === null) return "—";
  if (ratio === Number.POSITIVE_INFINITY) return "∞";
  return `${decimals(ratio, digits ?? (ratio < 100 ? 1 : 0))}×`;
}

const HEADER = ["figure", "ours: median (min–max)", "baseline", "ratio"];

function row(figure: Figure): string[] {
  const label = figure.note ? `${figure.label} [${figure.note}]` : figure.label;
  return [label, formatSummary(figure.ours, figure.unit), formatSummary(figure.baseline, figure.unit), formatRatio(ratioOf(figure))];
}

function bySection(figures: readonly Figure[]): Array<[SectionId, Figure[]]> {
  const sections = Object.keys(SECTIONS) as SectionId[];
  return sections
    .map((section): [SectionId, Figure[]] => [section, figures.filter((figure) => figure.section === section)])
    .filter(([, members]) => members.length > 0);
}

function sectionTitle(section: SectionId): string {
  return `${SECTIONS[section].title} — baseline: ${SECTIONS[section].baseline}`;
}

/** One plain-text table for the terminal: a title line per section, columns padded to line up. */
export function formatTextTable(figures: readonly Figure[]): string {
  const sections = bySection(figures);
  const rows = sections.flatMap(([, members]) => members.map(row));
  const widths = HEADER.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ").trimEnd();
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  const body = sections.flatMap(([section, members]) => ["", sectionTitle(section), ...members.map((figure) => line(row(figure)))]);
  return [line(HEADER), rule, ...body.slice(1)].join("\n");
}

function escapeMarkdown(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The same table in Markdown: bench/results.md, which docs/performance.md links. */
export function formatMarkdownTable(figures: readonly Figure[]): string {
  const line = (cells: string[]): string => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  const body = bySection(figures).flatMap(([section, members]) => [
    line([`**${sectionTitle(section)}**`, "", "", ""]),
    ...members.map((figure) => line(row(figure))),
  ]);
  return [line(HEADER), "|---|--:|--:|--:|", ...body].join("\n");
}

export function formatBudgetLines(outcomes: ReadonlyArray<{ rule: string; actual: string; passed: boolean }>): string {
  return outcomes.map((outcome) => `${outcome.passed ? "PASS" : "FAIL"}  ${outcome.rule}  (measured: ${outcome.actual})`).join("\n");
}
