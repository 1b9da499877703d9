import type { BrowserContext, Locator, Page } from "playwright-core";
import { clearRequestLog, requestLog, resetEmulator } from "../../workbench/driver/emulator";
import type { RunningWorkbench } from "../../workbench/driver/workbench";
import { BENCH_ACCOUNTS } from "./benchData";
import type { Figure } from "./figures";
import { HostedForm } from "./hostedForm";
import { SESSIONS_PATH, historyRequests, listRequests, sessionRequests } from "./requestLog";
import { summarize } from "./stats";

/** The page size every request scenario uses: the manifest's default. */
export const REQUEST_PAGE_SIZE = 25;
const ACCOUNT = BENCH_ACCOUNTS.sessions500;
const UNRELATED_UPDATES = 20;
const SEARCH_TEXT = "Card";
/** A person typing; the pause between keys is shorter than any sensible debounce. */
const KEYSTROKE_DELAY_MS = 80;
/** Long enough (~750 ms) for a debounced search to have fired. */
const SEARCH_QUIET_FRAMES = 45;
export const NOT_AVAILABLE = "not available in this build";
const NEW_SESSION_SUBJECT = "Bench: customer called back";

/**
 * The status filter as a person finds it: a radio or tab named "Active…", or a toggle button whose text
 * starts with "Active". A build without one reports the scenario as not available.
 */
function activeStatusFilter(page: Page): Locator {
  const control = page.locator("#control-container");
  return control
    .getByRole("radio", { name: /^Active/ })
    .or(control.getByRole("tab", { name: /^Active/ }))
    .or(control.locator("[aria-pressed]").filter({ hasText: /^Active/ }))
    .first();
}

/** The search over subject: the control's searchbox. */
function searchBox(page: Page): Locator {
  return page.locator("#control-container").getByRole("searchbox").first();
}

export interface RequestCounts {
  load: number;
  loadBytes: number;
  updateView: number;
  paging: number;
  start: number;
  filter: number | null;
  search: number | null;
  /** History aggregates in a form load, in paging + filter + search beyond the load, and in a started session. */
  historyLoad: number;
  historyBrowse: number;
  historyStart: number;
}

/** One host (ours or the naive control) on the shared emulator. */
interface Host {
  context: BrowserContext;
  url: string;
  workbench: RunningWorkbench;
}

/** Adds up the response bodies of session requests the page receives. */
class ResponseBytes {
  private sizes: Array<Promise<number>> = [];

  constructor(page: Page) {
    page.on("requestfinished", (request) => {
      if (new URL(request.url()).pathname.startsWith(SESSIONS_PATH)) this.sizes.push(request.sizes().then((size) => size.responseBodySize));
    });
  }

  reset(): void {
    this.sizes = [];
  }

  async total(): Promise<number> {
    return (await Promise.all(this.sizes)).reduce((sum, size) => sum + size, 0);
  }
}

/** One page per control; every scenario starts with fresh sample data and a new form load through the record picker. */
class RequestScenarios {
  private constructor(
    private readonly host: Host,
    private readonly form: HostedForm,
    private readonly bytes: ResponseBytes,
  ) {}

  static async open(host: Host): Promise<RequestScenarios> {
    let bytes: ResponseBytes | undefined;
    const form = await HostedForm.open(host.context, host.url, BENCH_ACCOUNTS.empty, (page) => (bytes = new ResponseBytes(page)));
    return new RequestScenarios(host, form, bytes as ResponseBytes);
  }

  close(): Promise<void> {
    return this.form.close();
  }

  /** History aggregates asked since the log was last cleared. */
  historyAsked = 0;

  private async sessionRequestCount(): Promise<number> {
    const log = await requestLog(this.host.workbench);
    this.historyAsked = historyRequests(log).length;
    return sessionRequests(log).length;
  }

  /** A form load of the account after fresh data; the log then holds only what this load asked for. */
  private async formLoad(): Promise<void> {
    await this.form.chooseRecord(BENCH_ACCOUNTS.empty);
    await resetEmulator(this.host.workbench);
    await clearRequestLog(this.host.workbench);
    this.bytes.reset();
    await this.form.chooseRecord(ACCOUNT);
  }

  async load(): Promise<{ requests: number; bytes: number }> {
    await this.formLoad();
    return { requests: await this.sessionRequestCount(), bytes: await this.bytes.total() };
  }

  /**
   * Switches a form flips without touching what the control queries: theme, width, read-only and two display
   * settings, each there and back twice, so the form ends as it began.
   */
  async unrelatedUpdates(): Promise<number> {
    await clearRequestLog(this.host.workbench);
    const form = this.form;
    const thereAndBack: Array<() => Promise<void>> = [
      () => form.flipSwitch("Theme", "dark"),
      () => form.flipSwitch("Form width", "narrow"),
      () => form.flipSwitch("Form disabled (read-only)"),
      () => form.setMakerSetting("openInNewWindow", "yes"),
      () => form.setMakerSetting("startMode", "quickCreate"),
      () => form.flipSwitch("Theme", "light"),
      () => form.flipSwitch("Form width", "wide"),
      () => form.flipSwitch("Form disabled (read-only)"),
      () => form.setMakerSetting("openInNewWindow", "no"),
      () => form.setMakerSetting("startMode", "mainForm"),
    ];
    for (let update = 0; update < UNRELATED_UPDATES; update += 1) await thereAndBack[update % thereAndBack.length]();
    return this.sessionRequestCount();
  }

  async paging(): Promise<number> {
    await this.formLoad();
    await this.form.loadUntil(ACCOUNT.sessionCount, { dataAt: 0, paintedAt: 0, rowsPaintedAt: 0, rowsRenderedAt: 0, rowsCommittedAt: 0 });
    const log = await requestLog(this.host.workbench);
    // The log holds the form load too: its own history request is not paging's.
    this.historyAsked = Math.max(0, historyRequests(log).length - 1);
    return listRequests(log).length;
  }

  /** New session → the main form → Save and close → the list shows it: the POST and every reload it caused. */
  async startRoundTrip(): Promise<number> {
    await this.formLoad();
    await clearRequestLog(this.host.workbench);
    const { page } = this.form;
    const control = page.locator("#control-container");
    await this.form.settle(() => control.getByRole("button", { name: "New session" }).click());
    const dialog = page.getByRole("dialog", { name: "New Session" });
    await dialog.getByLabel("Subject").fill(NEW_SESSION_SUBJECT);
    await this.form.settle(() => dialog.getByRole("button", { name: "Save and close" }).click());
    await control.getByText(NEW_SESSION_SUBJECT).first().waitFor();
    return this.sessionRequestCount();
  }

  /** Requests caused by one interaction with the filter UI, or null when this build (a baseline) has no such UI. */
  async filterInteraction(find: (page: Page) => Locator, act: (target: Locator) => Promise<void>, quietFrames?: number): Promise<number | null> {
    await this.formLoad();
    const target = find(this.form.page);
    if ((await target.count()) === 0) return null;
    await clearRequestLog(this.host.workbench);
    await this.form.settle(() => act(target), quietFrames);
    return this.sessionRequestCount();
  }
}

/** Every request scenario once: counts and bytes follow from the control's logic and the seeded data, not from timing. */
export async function countRequests(host: Host): Promise<RequestCounts> {
  const scenarios = await RequestScenarios.open(host);
  try {
    const load = await scenarios.load();
    const historyLoad = scenarios.historyAsked;
    const updateView = await scenarios.unrelatedUpdates();
    const paging = await scenarios.paging();
    let historyBrowse = scenarios.historyAsked;
    const start = await scenarios.startRoundTrip();
    const historyStart = scenarios.historyAsked;
    const filter = await scenarios.filterInteraction(activeStatusFilter, (target) => target.click());
    historyBrowse += filter === null ? 0 : scenarios.historyAsked;
    const search = await scenarios.filterInteraction(searchBox, (target) => target.pressSequentially(SEARCH_TEXT, { delay: KEYSTROKE_DELAY_MS }), SEARCH_QUIET_FRAMES);
    historyBrowse += search === null ? 0 : scenarios.historyAsked;
    return { load: load.requests, loadBytes: load.bytes, updateView, paging, start, filter, search, historyLoad, historyBrowse, historyStart };
  } finally {
    await scenarios.close();
  }
}

type CountKey = keyof RequestCounts;

const REQUEST_FIGURES: ReadonlyArray<{ key: CountKey; label: string; unit: "count" | "bytes" }> = [
  { key: "load", label: `form load (${ACCOUNT.sessionCount} sessions, page size ${REQUEST_PAGE_SIZE})`, unit: "count" },
  { key: "updateView", label: `${UNRELATED_UPDATES} unrelated updateView calls (theme, width, read-only, display settings)`, unit: "count" },
  { key: "paging", label: `list requests to page through all ${ACCOUNT.sessionCount} sessions`, unit: "count" },
  { key: "start", label: "start-session round trip (POST + reloads)", unit: "count" },
  { key: "filter", label: 'status filter change to "Active"', unit: "count" },
  { key: "search", label: `search: typing "${SEARCH_TEXT}"`, unit: "count" },
  { key: "historyLoad", label: "history aggregates in a form load", unit: "count" },
  { key: "historyBrowse", label: "history aggregates while paging, filtering and searching", unit: "count" },
  { key: "historyStart", label: "history aggregates in a start-session round trip", unit: "count" },
  { key: "loadBytes", label: "response bytes per form load (uncompressed)", unit: "bytes" },
];

function summaryOf(runs: readonly RequestCounts[], key: CountKey): ReturnType<typeof summarize> | null {
  const values = runs.map((run) => run[key]);
  return values.some((value) => value === null) ? null : summarize(values as number[]);
}

export function requestFigures(ours: readonly RequestCounts[], naive: readonly RequestCounts[]): Figure[] {
  return REQUEST_FIGURES.map(({ key, label, unit }) => {
    const oursSummary = summaryOf(ours, key);
    return {
      id: `requests.${key}`,
      section: "requests",
      label,
      unit,
      ours: oursSummary,
      baseline: summaryOf(naive, key),
      ...(oursSummary === null ? { note: NOT_AVAILABLE } : {}),
    };
  });
}
