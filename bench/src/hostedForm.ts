import type { BrowserContext, ElementHandle, Page } from "playwright-core";
import { chooseRecord, setMakerSetting } from "../../workbench/driver/hostPage";
import type { BenchAccount } from "./benchData";
import type { PageProbe } from "./pageProbe";

/** Frames in a row without a DOM change or a fetch in flight before the page counts as settled. */
const QUIET_FRAMES = 5;
const SETTLE_TIMEOUT_MS = 60_000;

type ProbeWindow = Window & { benchProbe: PageProbe; relatedSessionsWorkbench: { updateView(): void } };

/** Both moments of one settled change, on the page's clock. */
export interface Settled {
  /** When the newest sessions response had been read. */
  dataAt: number;
  /** After the last frame that painted a change. */
  paintedAt: number;
  /** After the first frame that painted the awaited rows, when the change awaited rows; else 0. */
  rowsPaintedAt: number;
  /** After the first frame that painted every awaited row, those below a list's fold too; else 0. */
  rowsRenderedAt: number;
  /** When the awaited rows were first all in the document, when the change awaited rows; else 0. */
  rowsCommittedAt: number;
}

/**
 * One workbench page hosting a control (ours or a baseline): it opens a form, drives the page's own switches
 * and reports when the page has settled. Every wait is for a state, never for a fixed time.
 */
export class HostedForm {
  private constructor(readonly page: Page) {}

  /** A form load of the account; `watch` sees the page before it loads (to count what it downloads). */
  static async open(context: BrowserContext, baseUrl: string, account: BenchAccount, watch?: (page: Page) => void): Promise<HostedForm> {
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`[bench] page error at ${baseUrl}: ${error.message}`));
    watch?.(page);
    await page.goto(new URL(`?record=${account.id}`, baseUrl).toString());
    await page.locator("body[data-workbench-ready]").waitFor();
    const form = new HostedForm(page);
    await form.settle(async () => undefined);
    return form;
  }

  close(): Promise<void> {
    return this.page.close();
  }

  /**
   * Runs a Playwright action and waits until the page settled after it: `quietFrames` frames in a row without a
   * DOM change or a request in flight (more when the control may wait on purpose, like a debounced search).
   */
  async settle(action: () => Promise<void>, quietFrames = QUIET_FRAMES, awaitedRows = 0): Promise<Settled> {
    await this.page.evaluate((rows) => (window as unknown as ProbeWindow).benchProbe.arm(rows), awaitedRows);
    await action();
    return this.page.evaluate(
      async ([frames, timeout]) => {
        const probe = (window as unknown as ProbeWindow).benchProbe;
        const paintedAt = await probe.quiet(frames, timeout);
        return { dataAt: probe.lastDataAt, paintedAt, rowsPaintedAt: probe.rowsPaintedAt, rowsRenderedAt: probe.rowsRenderedAt, rowsCommittedAt: probe.rowsCommittedAt };
      },
      [quietFrames, SETTLE_TIMEOUT_MS] as const,
    );
  }

  /**
   * Milliseconds from a change made inside the page (so no protocol round trip is timed) to the paint after
   * which the page stayed quiet: the cost of the change for a person looking at it.
   */
  private async timeInPage(change: "select" | "updateView", target: ElementHandle | null, value: string): Promise<number> {
    return this.page.evaluate(
      async ({ change, target, value, frames, timeout }) => {
        const page = window as unknown as ProbeWindow;
        page.benchProbe.arm();
        const startedAt = performance.now();
        if (change === "updateView") {
          page.relatedSessionsWorkbench.updateView();
        } else {
          const select = target as HTMLSelectElement;
          select.value = value;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        }
        return (await page.benchProbe.quiet(frames, timeout)) - startedAt;
      },
      { change, target, value, frames: QUIET_FRAMES, timeout: SETTLE_TIMEOUT_MS },
    );
  }

  async timeSwitch(label: "Theme" | "Form width", value: string): Promise<number> {
    const select = await this.page.getByLabel(label, { exact: true }).elementHandle();
    try {
      return await this.timeInPage("select", select, value);
    } finally {
      await select?.dispose();
    }
  }

  timeUnchangedUpdateView(): Promise<number> {
    return this.timeInPage("updateView", null, "");
  }

  async setMakerSetting(propertyName: string, value: string): Promise<void> {
    await this.settle(() => setMakerSetting(this.page, propertyName, value));
  }

  /** A switch of the page (theme, width, read-only) as a person flips it. */
  async flipSwitch(label: string, value?: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    await this.settle(async () => {
      if (value === undefined) await field.click();
      else await field.selectOption(value);
    });
  }

  /** A new form load of another record, through the page's record picker; with `awaitRows`, also when its rows showed. */
  chooseRecord(account: BenchAccount, awaitRows = false): Promise<Settled> {
    return this.settle(() => chooseRecord(this.page, account.name), QUIET_FRAMES, awaitRows ? account.sessionCount : 0);
  }

  /**
   * Sessions the control holds: rendered rows, or the set size a windowed list announces (aria-setsize,
   * aria-rowcount), whichever is larger.
   */
  loadedSessionCount(): Promise<number> {
    return this.page.evaluate(() => {
      const container = document.getElementById("control-container");
      if (!container) return 0;
      const rendered = container.querySelectorAll("[data-session-id]").length;
      const announced = [...container.querySelectorAll("[aria-setsize], [aria-rowcount]")].map((element) =>
        Number(element.getAttribute("aria-setsize") ?? Number(element.getAttribute("aria-rowcount")) - 1),
      );
      return Math.max(rendered, ...announced.filter(Number.isFinite));
    });
  }

  /**
   * Loads more until the control holds `count` sessions: Load more while it is offered, else scrolls the last
   * row into view (a list that loads on scroll). Returns the last step's timing.
   */
  async loadUntil(count: number, first: Settled): Promise<Settled> {
    let last = first;
    let loaded = await this.loadedSessionCount();
    const loadMore = this.page.getByRole("button", { name: /^Load more/ });
    while (loaded < count) {
      const offered = await loadMore.isVisible();
      last = await this.settle(async () => {
        if (offered) await loadMore.click();
        else await this.page.locator("#control-container [data-session-id]").last().scrollIntoViewIfNeeded();
      });
      const now = await this.loadedSessionCount();
      if (now <= loaded) throw new Error(`Loading more stopped at ${now} of ${count} sessions (${offered ? "after Load more" : "after scrolling"}): ${await this.listEndState()}`);
      loaded = now;
    }
    if (loaded !== count) throw new Error(`Expected ${count} sessions, the control holds ${loaded}`);
    return last;
  }

  /** What the end of the list shows (Load more and its state, a status line), for a failure to say where it stopped. */
  private listEndState(): Promise<string> {
    return this.page.evaluate(() => {
      const container = document.getElementById("control-container");
      const button = [...(container?.querySelectorAll("button") ?? [])].find((element) => /Load more|Loading/i.test(element.textContent ?? ""));
      const statuses = [...(container?.querySelectorAll("[role=status], [role=alert]") ?? [])].map((element) => element.textContent).join(" | ");
      return `button ${button ? `"${button.textContent}" disabled=${button.disabled} busy=${button.getAttribute("aria-busy")}` : "absent"}; status "${statuses}"`;
    });
  }

  /**
   * Frame-to-frame times while the rows are scrolled top to bottom in `frames` frames, by whatever scrolls them:
   * the nearest scrolling ancestor of the first row (a bounded list), else the page.
   */
  async scrollFrameTimes(frames: number): Promise<number[]> {
    return this.page.evaluate(async (frames) => {
      const row = document.querySelector("#control-container [data-session-id]");
      let scroller: Element | null = row?.parentElement ?? null;
      while (scroller && scroller !== document.body) {
        const overflow = getComputedStyle(scroller).overflowY;
        if ((overflow === "auto" || overflow === "scroll") && scroller.scrollHeight > scroller.clientHeight) break;
        scroller = scroller.parentElement;
      }
      const target = scroller === document.body ? null : scroller;
      return (window as unknown as ProbeWindow).benchProbe.scrollFrames(target, frames);
    }, frames);
  }

  /** JS heap in use after a full garbage collection, and the document's DOM nodes, through CDP. */
  async heapAndNodes(): Promise<{ heapBytes: number; nodes: number }> {
    const session = await this.page.context().newCDPSession(this.page);
    try {
      await session.send("HeapProfiler.enable");
      await session.send("HeapProfiler.collectGarbage");
      await session.send("Performance.enable");
      const { metrics } = await session.send("Performance.getMetrics");
      const metric = (name: string): number => {
        const found = metrics.find((entry) => entry.name === name);
        if (!found) throw new Error(`CDP Performance.getMetrics has no ${name}`);
        return found.value;
      };
      return { heapBytes: metric("JSHeapUsedSize"), nodes: metric("Nodes") };
    } finally {
      await session.detach();
    }
  }
}
