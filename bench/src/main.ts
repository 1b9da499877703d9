import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { chromiumExecutable, launchChromium } from "../../workbench/driver/chromium";
import { createDataverseApi } from "../../workbench/server/dataverse";
import { startWorkbench } from "../../workbench/server/main";
import type { RunningWorkbench } from "../../workbench/server/main";
import { buildBaseline, hostRootFor } from "./baselineBuilds";
import { generateBenchData } from "./benchData";
import { cachedJson, digestOf } from "./buildCache";
import { STANDARD_BUILD_INPUTS, WITHOUT_HISTORY_BUILD_INPUTS, bytesFigures, measureShipped, measureStandardBuild, measureWithoutHistory } from "./bytes";
import type { ShippedBytes } from "./bytes";
import { evaluateBudgets } from "./budgets";
import type { BudgetParameters } from "./budgets";
import { ratioOf } from "./figures";
import type { Figure } from "./figures";
import { formatBudgetLines, formatMarkdownTable, formatRatio, formatTextTable } from "./format";
import { installPageProbe } from "./pageProbe";
import { repoRoot } from "./pcfProject";
import { measureFirstPaint, measureRender, renderFigures } from "./render";
import { REQUEST_PAGE_SIZE, countRequests, requestFigures } from "./requests";

const DEFAULT_RUNS = 5;
const BUDGET_PARAMETERS: BudgetParameters = { pagedSessions: 500, pageSize: REQUEST_PAGE_SIZE };

const startedAt = Date.now();

function log(text: string): void {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  console.log(`[bench] ${String(seconds).padStart(4)} s  ${text}`);
}

type SectionChoice = "bytes" | "requests" | "render" | "firstPaint";
/** The sections of a full run; `--only firstPaint` is the part of the render section that times first form loads. */
const SECTIONS: readonly SectionChoice[] = ["bytes", "requests", "render"];
const SECTION_CHOICES: readonly SectionChoice[] = [...SECTIONS, "firstPaint"];

interface Options {
  runs: number;
  /** --only render (or bytes, requests, firstPaint): one section, for working on it; the other budgets then fail as not measured. */
  sections: ReadonlySet<SectionChoice>;
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function parseOptions(args: readonly string[]): Options {
  const runsText = optionValue(args, "--runs");
  const runs = runsText === undefined ? DEFAULT_RUNS : Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, got ${runsText}`);
  const only = optionValue(args, "--only");
  if (only !== undefined && !SECTION_CHOICES.includes(only as SectionChoice)) throw new Error(`--only takes one of ${SECTION_CHOICES.join(", ")}, got ${only}`);
  return { runs, sections: new Set(only === undefined ? SECTIONS : [only as SectionChoice]) };
}

async function measureBytes(): Promise<Figure[]> {
  const ours = measureShipped(join(repoRoot, "out", "controls"));
  log("bytes: building the source as a standard control (React and Fluent bundled) in a temporary folder…");
  const standard = await cachedJson<ShippedBytes>("standard-build", digestOf(STANDARD_BUILD_INPUTS), measureStandardBuild);
  if (standard.cached) log("bytes: the standard build's size is reused from out/bench/cache (its inputs are unchanged)");
  log("bytes: building the control without the history chart in a temporary folder…");
  const withoutHistory = await cachedJson<ShippedBytes>("without-history-build", digestOf(WITHOUT_HISTORY_BUILD_INPUTS), measureWithoutHistory);
  return bytesFigures(ours, standard.value, withoutHistory.value);
}

interface Hosts {
  ours: RunningWorkbench;
  naive: RunningWorkbench;
  table: RunningWorkbench;
  close(): Promise<void>;
}

/** Three workbench servers on one emulator: the real bundle, the naive control and the plain Table. */
async function startHosts(): Promise<Hosts> {
  const naiveBuild = await buildBaseline("naiveControl");
  const tableBuild = await buildBaseline("plainTableControl");
  log(`baselines: ${naiveBuild.cached && tableBuild.cached ? "reused from out/bench/cache" : "built with pcf-scripts"}`);
  const api = createDataverseApi({ generateData: generateBenchData });
  const naiveRoot = hostRootFor(naiveBuild.outDir);
  const tableRoot = hostRootFor(tableBuild.outDir);
  const start = (root: string) => startWorkbench({ port: 0, host: "127.0.0.1", api, repoRoot: root });
  const hosts = { ours: await start(repoRoot), naive: await start(naiveRoot.root), table: await start(tableRoot.root) };
  return {
    ...hosts,
    async close() {
      await Promise.all([hosts.ours.close(), hosts.naive.close(), hosts.table.close()]);
      naiveRoot.remove();
      tableRoot.remove();
    },
  };
}

async function measureInBrowser(hosts: Hosts, options: Options): Promise<Figure[]> {
  const chromium = await launchChromium();
  const figures: Figure[] = [];
  try {
    await chromium.context.addInitScript(installPageProbe);
    if (options.sections.has("requests")) {
      const ours = await countRequests({ context: chromium.context, url: hosts.ours.url, workbench: hosts.ours });
      const naive = await countRequests({ context: chromium.context, url: hosts.naive.url, workbench: hosts.naive });
      log("requests: counted for ours and the naive control");
      figures.push(...requestFigures([ours], [naive]));
    }
    if (options.sections.has("render")) {
      const render = await measureRender({ context: chromium.context, oursUrl: hosts.ours.url, tableUrl: hosts.table.url }, options.runs, log);
      figures.push(...renderFigures(render.ours, render.table));
    } else if (options.sections.has("firstPaint")) {
      const firstPaint = await measureFirstPaint({ context: chromium.context, oursUrl: hosts.ours.url, tableUrl: hosts.table.url }, options.runs);
      figures.push(...renderFigures(firstPaint.ours, firstPaint.table).filter((figure) => figure.ours !== null));
    }
    return figures;
  } finally {
    await chromium.close();
  }
}

function chromiumVersion(): string {
  // Debian's chromium wrapper script prints a shell warning on stderr: keep only the version line.
  return execFileSync(chromiumExecutable(), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

function writeResults(figures: readonly Figure[], budgets: ReturnType<typeof evaluateBudgets>, runs: number): void {
  const results = {
    generatedAt: new Date().toISOString(),
    environment: { node: process.version, chromium: chromiumVersion(), cpus: cpus().length, platform: `${process.platform} ${process.arch}` },
    runs,
    figures: figures.map((figure) => {
      const ratio = ratioOf(figure);
      return { ...figure, ratio: ratio !== null && Number.isFinite(ratio) ? Number(ratio.toFixed(2)) : null, ratioText: formatRatio(ratio) };
    }),
    budgets,
  };
  writeFileSync(join(repoRoot, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(repoRoot, "bench", "results.md"), `${formatMarkdownTable(figures)}\n\n${budgets.map((b) => `- ${b.passed ? "✅" : "❌"} ${b.rule} (measured: ${b.actual})`).join("\n")}\n`);
}

export async function runBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(args);
  const figures = options.sections.has("bytes") ? await measureBytes() : [];
  if (options.sections.has("requests") || options.sections.has("render") || options.sections.has("firstPaint")) {
    const hosts = await startHosts();
    try {
      figures.push(...(await measureInBrowser(hosts, options)));
    } finally {
      await hosts.close();
    }
  }
  const budgets = evaluateBudgets(figures, BUDGET_PARAMETERS);
  console.log(`\n${formatTextTable(figures)}\n\nBudgets\n${formatBudgetLines(budgets)}\n`);
  if (SECTIONS.every((section) => options.sections.has(section))) {
    writeResults(figures, budgets, options.runs);
    log("wrote bench/results.json and bench/results.md");
  } else {
    log("one section only: bench/results.json (the reference run) is left as it was");
  }
  const failed = budgets.filter((budget) => !budget.passed).length;
  if (failed > 0) log(`${failed} of ${budgets.length} budgets failed`);
  return failed > 0 ? 1 : 0;
}
