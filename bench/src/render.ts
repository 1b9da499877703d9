import type { BrowserContext } from "playwright-core";
import { BENCH_ACCOUNTS } from "./benchData";
import type { BenchAccount } from "./benchData";
import type { Figure } from "./figures";
import { HostedForm } from "./hostedForm";
import { percentile, summarize } from "./stats";

/** The largest page size a maker may choose, so 2,500 sessions take ten pages. */
const RENDER_PAGE_SIZE = 250;
/** Each pass scrolls the whole list in this many frames: a fast fling, every frame shows new rows. */
const SCROLL_FRAMES = 30;
const SIZES = [BENCH_ACCOUNTS.sessions25, BENCH_ACCOUNTS.sessions250, BENCH_ACCOUNTS.sessions2500] as const;
/** Sizes at which switches are timed; the budgets compare the largest with the middle one. */
const SWITCH_SIZES = new Set<number>([250, 2500]);
const HEAVY_SIZE = 2500;
const WARM_UP_ACCOUNT = BENCH_ACCOUNTS.sessions250;

/** Samples per figure key ("load.250", "scroll.2500"), one per run. */
export type RenderSamples = Map<string, number[]>;

function record(samples: RenderSamples, key: string, value: number): void {
  samples.set(key, [...(samples.get(key) ?? []), value]);
}

/** One switch as the mean of there and back, so both layouts (or both themes) count alike. */
async function timeSwitch(form: HostedForm, label: "Theme" | "Form width", there: string, back: string): Promise<number> {
  const forth = await form.timeSwitch(label, there);
  const returned = await form.timeSwitch(label, back);
  return (forth + returned) / 2;
}

/** A page with the control on an empty account and the page size set, ready for form loads of the measured accounts. */
async function openReadyForm(context: BrowserContext, url: string): Promise<HostedForm> {
  const form = await HostedForm.open(context, url, BENCH_ACCOUNTS.empty);
  await form.setMakerSetting("pageSize", String(RENDER_PAGE_SIZE));
  return form;
}

/**
 * One run for one control and one size: a form load of the account through the record picker (a new control
 * instance, as when an agent opens another record in the app), loading more until every session is held, then
 * the switches, the scroll and the heap; finally back to the empty account, which drops the rows.
 */
async function measureOnce(form: HostedForm, account: BenchAccount, samples: RenderSamples): Promise<void> {
  // Chromium gives a tab in the background no animation frames: the measured page must be the front tab.
  await form.page.bringToFront();
  const size = account.sessionCount;
  const loaded = await form.loadUntil(size, await form.chooseRecord(account));
  record(samples, `load.${size}`, loaded.paintedAt - loaded.dataAt);
  if (SWITCH_SIZES.has(size)) {
    record(samples, `updateView.${size}`, await form.timeUnchangedUpdateView());
    record(samples, `resize.${size}`, await timeSwitch(form, "Form width", "narrow", "wide"));
    record(samples, `theme.${size}`, await timeSwitch(form, "Theme", "dark", "light"));
  }
  if (size === HEAVY_SIZE) {
    const week = await timeChartWeekChoice(form);
    if (week !== null) record(samples, `historyWeek.${size}`, week);
    record(samples, `scroll.${size}`, percentile(await form.scrollFrameTimes(SCROLL_FRAMES), 95));
    const { heapBytes, nodes } = await form.heapAndNodes();
    record(samples, `heap.${size}`, heapBytes);
    record(samples, `nodes.${size}`, nodes);
  }
  await form.chooseRecord(BENCH_ACCOUNTS.empty);
}

/**
 * The history chart with every row held: choosing the current week and choosing it again (the chart redraws its
 * chosen week, the list is asked for the week and then for everything), data arrived → painted, the mean of both.
 * Null for a control without the chart.
 */
async function timeChartWeekChoice(form: HostedForm): Promise<number | null> {
  const weeks = form.page.locator("#control-container").getByRole("group", { name: /Sessions per week/ }).getByRole("button");
  if ((await weeks.count()) === 0) return null;
  const chosen = await form.settle(() => weeks.last().click());
  const ended = await form.settle(() => weeks.last().click());
  return (chosen.paintedAt - chosen.dataAt + (ended.paintedAt - ended.dataAt)) / 2;
}

/**
 * The first rows a fresh page ever shows: style rules inserted and code compiled for the first time. Timed to the
 * paint that showed the rows, and to the page settling (the counts, a second request, may answer after the rows).
 * With `listOnly`, the counts and the chart are off, so the list's request is the page's only one, as the plain
 * Table's is: the rows' own cost, apart from the two aggregates answered and read while the rows render.
 */
async function measureFirstLoad(context: BrowserContext, url: string, samples: RenderSamples, listOnly: boolean): Promise<void> {
  const form = await openReadyForm(context, url);
  try {
    if (listOnly) {
      await form.setMakerSetting("showCounts", "no");
      await form.setMakerSetting("showHistory", "no");
    }
    const account = BENCH_ACCOUNTS.sessions25;
    const loaded = await form.chooseRecord(account, true);
    if ((await form.loadedSessionCount()) !== account.sessionCount || loaded.rowsPaintedAt === 0) {
      throw new Error(`The first form load did not show the ${account.sessionCount} sessions of ${account.name}`);
    }
    if (listOnly) {
      record(samples, "firstLoadListOnly.25", loaded.rowsPaintedAt - loaded.dataAt);
    } else {
      record(samples, "firstLoad.25", loaded.rowsPaintedAt - loaded.dataAt);
      // The same load in its two phases: the rows' render (to their commit) and the frame that paints them.
      if (loaded.rowsCommittedAt > 0) {
        record(samples, "firstLoadRender.25", loaded.rowsCommittedAt - loaded.dataAt);
        record(samples, "firstLoadFrame.25", loaded.rowsPaintedAt - loaded.rowsCommittedAt);
      }
      if (loaded.rowsRenderedAt > 0) record(samples, "firstLoadEveryRow.25", loaded.rowsRenderedAt - loaded.dataAt);
      record(samples, "firstLoadSettled.25", loaded.paintedAt - loaded.dataAt);
    }
  } finally {
    await form.close();
  }
}

export interface RenderHosts {
  context: BrowserContext;
  oursUrl: string;
  tableUrl: string;
}

interface Contender {
  url: string;
  samples: RenderSamples;
}

/** Ours and the plain Table take turns in every run, in alternating order, so both see the same machine. */
async function inTurns(run: number, contenders: readonly Contender[], measure: (contender: Contender) => Promise<void>): Promise<void> {
  const order = run % 2 === 0 ? contenders : [...contenders].reverse();
  for (const contender of order) await measure(contender);
}

/**
 * The fewest first loads a full run measures of each contender and variant, whatever `--runs` says: a fresh page
 * varies far more than a warm form (three runs of one build measured 1.12×, 1.09× and 0.97× the Table), and the
 * first-paint budget is decided on the median.
 */
const MIN_FIRST_LOAD_RUNS = 16;

async function measureFirstLoads(context: BrowserContext, contenders: readonly Contender[], runs: number): Promise<void> {
  for (let run = 1; run <= runs; run += 1) {
    await inTurns(run, contenders, (contender) => measureFirstLoad(context, contender.url, contender.samples, false));
    await inTurns(run, contenders, (contender) => measureFirstLoad(context, contender.url, contender.samples, true));
  }
}

/** Only the first form loads in fresh pages (`--only firstPaint`): the quick loop for working on first paint. */
export async function measureFirstPaint(hosts: RenderHosts, runs: number): Promise<{ ours: RenderSamples; table: RenderSamples }> {
  const ours: Contender = { url: hosts.oursUrl, samples: new Map() };
  const table: Contender = { url: hosts.tableUrl, samples: new Map() };
  await measureFirstLoads(hosts.context, [ours, table], runs);
  return { ours: ours.samples, table: table.samples };
}

/**
 * Every figure of the render section: first loads in fresh pages, then, in one page per control, a warm-up
 * run at 250 sessions (dropped) and `runs` runs at each size.
 */
export async function measureRender(hosts: RenderHosts, runs: number, progress: (text: string) => void): Promise<{ ours: RenderSamples; table: RenderSamples }> {
  const ours: Contender = { url: hosts.oursUrl, samples: new Map() };
  const table: Contender = { url: hosts.tableUrl, samples: new Map() };
  await measureFirstLoads(hosts.context, [ours, table], Math.max(runs, MIN_FIRST_LOAD_RUNS));
  progress("render: first loads in fresh pages");
  const forms = new Map<Contender, HostedForm>([
    [ours, await openReadyForm(hosts.context, ours.url)],
    [table, await openReadyForm(hosts.context, table.url)],
  ]);
  const formOf = (contender: Contender): HostedForm => forms.get(contender) as HostedForm;
  try {
    await inTurns(0, [ours, table], (contender) => measureOnce(formOf(contender), WARM_UP_ACCOUNT, new Map()));
    progress("render: warm-up");
    for (const account of SIZES) {
      for (let run = 1; run <= runs; run += 1) {
        await inTurns(run, [ours, table], (contender) => measureOnce(formOf(contender), account, contender.samples));
      }
      progress(`render: ${account.sessionCount} sessions, ${runs} runs`);
    }
  } finally {
    for (const form of forms.values()) await form.close();
  }
  return { ours: ours.samples, table: table.samples };
}

const RENDER_FIGURES: ReadonlyArray<{ key: string; label: string; unit: "ms" | "bytes" | "count" }> = [
  { key: "firstLoad.25", label: "data arrived → rows painted, first form load in a fresh page, 25 sessions", unit: "ms" },
  { key: "firstLoadRender.25", label: "the same load's render: data arrived → rows in the document", unit: "ms" },
  { key: "firstLoadFrame.25", label: "the same load's frame: rows in the document → rows painted", unit: "ms" },
  {
    key: "firstLoadListOnly.25",
    label: "data arrived → rows painted, first form load in a fresh page, 25 sessions, counts and chart off (one request, as the Table's)",
    unit: "ms",
  },
  {
    key: "firstLoadEveryRow.25",
    label: "data arrived → every row rendered, those below the list's fold too, first form load in a fresh page, 25 sessions",
    unit: "ms",
  },
  { key: "firstLoadSettled.25", label: "data arrived → page settled (counts included), first form load in a fresh page, 25 sessions", unit: "ms" },
  { key: "load.25", label: "data arrived → page settled (counts and chart included), 25 sessions", unit: "ms" },
  { key: "load.250", label: "data arrived → page settled (counts and chart included), 250 sessions", unit: "ms" },
  { key: "load.2500", label: "data arrived → page settled, 2,500 sessions (last of 10 pages)", unit: "ms" },
  { key: "updateView.250", label: "updateView that changes nothing, 250 rows", unit: "ms" },
  { key: "updateView.2500", label: "updateView that changes nothing, 2,500 rows", unit: "ms" },
  { key: "resize.250", label: "resize (form width 900 ↔ 320 px), 250 rows", unit: "ms" },
  { key: "resize.2500", label: "resize (form width 900 ↔ 320 px), 2,500 rows", unit: "ms" },
  { key: "theme.250", label: "theme switch (light ↔ dark), 250 rows", unit: "ms" },
  { key: "theme.2500", label: "theme switch (light ↔ dark), 2,500 rows", unit: "ms" },
  { key: "historyWeek.2500", label: "history chart: choose a week and clear it (data arrived → painted), 2,500 rows", unit: "ms" },
  { key: "scroll.2500", label: `frame time scrolling 2,500 rows (p95 of ${SCROLL_FRAMES} frames)`, unit: "ms" },
  { key: "heap.2500", label: "JS heap after 2,500 rows (after GC)", unit: "bytes" },
  { key: "nodes.2500", label: "DOM nodes after 2,500 rows", unit: "count" },
];

function summaryOf(samples: RenderSamples, key: string): ReturnType<typeof summarize> | null {
  const values = samples.get(key);
  return values && values.length > 0 ? summarize(values) : null;
}

export function renderFigures(ours: RenderSamples, table: RenderSamples): Figure[] {
  return RENDER_FIGURES.map(({ key, label, unit }) => ({
    id: `render.${key}`,
    section: "render",
    label,
    unit,
    ours: summaryOf(ours, key),
    baseline: summaryOf(table, key),
  }));
}
