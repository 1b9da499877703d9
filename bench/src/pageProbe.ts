/**
 * What the bench installs in the page before any of its scripts run (page.addInitScript): it sees every Web API
 * fetch, every DOM change and every frame, so one scenario can tell when data arrived, when the page painted the
 * result and when it has gone quiet. It is serialised into the page: it must not use anything from outside.
 */
export interface PageProbe {
  /** Web API fetches whose body has not been read yet. */
  inFlight: number;
  /**
   * performance.now() when the body of the newest sessions list GET had been read: the rows, not the counts'
   * aggregate (`?fetchXml=`), which a form load also asks for and which may come back after the rows painted.
   */
  lastDataAt: number;
  /** DOM mutation records seen so far, anywhere in the document. */
  mutations: number;
  /**
   * After the first frame that painted `rows` rows, when armed with them; else 0. The rows are counted in that
   * frame's requestAnimationFrame callback (the DOM it paints), the time taken after its paint.
   */
  rowsPaintedAt: number;
  /**
   * After the first frame that painted every awaited row, the ones below a list's fold too, when armed with rows;
   * else 0. A control may hold rows out of view back from its first frame (`content-visibility: hidden`, which
   * `checkVisibility()` reports); without that, the same as rowsPaintedAt.
   */
  rowsRenderedAt: number;
  /**
   * When the awaited rows were first all in the document, when armed with them; else 0: taken by the probe's
   * MutationObserver, whose callback runs right after the task or microtask checkpoint that added them (React renders
   * and commits a list's answer in the checkpoint after its promise resolves). Data arrived → here is the render;
   * here → rowsPaintedAt is the frame that paints the rows.
   */
  rowsCommittedAt: number;
  /**
   * Starts watching frames: the next frame's paint, and every later frame that paints a DOM change, is recorded.
   * With `rows`, also the first paint after which the document holds that many session rows ([data-session-id]):
   * when the rows showed, apart from anything painted later (the counts, whose answer may come after).
   */
  arm(rows?: number): void;
  /** Resolves the time after the last recorded paint, once `frames` frames in a row changed nothing with no fetch in flight. */
  quiet(frames: number, timeoutMs: number): Promise<number>;
  /** Scrolls the element (or the page) top to bottom over `frames` frames; resolves the time between frames. */
  scrollFrames(scroller: Element | null, frames: number): Promise<number[]>;
}

export function installPageProbe(): void {
  const SESSIONS_API = "/api/data/v9.2/msdyn_ocsessions";
  let watching = false;
  let seenMutations = 0;
  let paintPending = false;
  let lastPaintAt = 0;
  let quietFrames = 0;
  let awaitedRows = 0;
  /** Counts arm() calls, so a frame seen before a re-arm cannot answer the new one. */
  let arming = 0;
  /**
   * Which frame loop is the live one. A settle stops the loop, but the frame it last asked for still comes; the bench
   * often arms the next change before it does, and that starts a new loop. The old one must then end at its next
   * callback: two loops would each count one quiet frame per frame, and take the page for quiet too soon.
   */
  let liveLoop = 0;

  /** Whether the document holds the awaited session rows; false when none are awaited. */
  const holdsAwaitedRows = (): boolean => awaitedRows > 0 && document.querySelectorAll("[data-session-id]").length >= awaitedRows;
  /** Whether the browser renders every session row (asked only once they are all there: it brings style up to date). */
  const rendersEveryRow = (): boolean => Array.from(document.querySelectorAll("[data-session-id]")).every((row) => row.checkVisibility());

  const afterPaint = (callback: () => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(undefined);
    });
  };

  const probe: PageProbe = {
    inFlight: 0,
    lastDataAt: 0,
    mutations: 0,
    rowsPaintedAt: 0,
    rowsRenderedAt: 0,
    rowsCommittedAt: 0,
    arm(rows = 0) {
      awaitedRows = rows;
      arming += 1;
      probe.rowsPaintedAt = 0;
      probe.rowsRenderedAt = 0;
      probe.rowsCommittedAt = 0;
      seenMutations = probe.mutations;
      paintPending = true;
      lastPaintAt = 0;
      quietFrames = 0;
      if (watching) return;
      watching = true;
      liveLoop += 1;
      const loop = liveLoop;
      const isLive = (): boolean => watching && loop === liveLoop;
      const onFrame = (): void => {
        if (!isLive()) return;
        requestAnimationFrame(() => {
          if (!isLive()) return;
          const changed = paintPending || probe.mutations !== seenMutations;
          seenMutations = probe.mutations;
          paintPending = false;
          // Whether the rows are in the DOM this frame paints is decided here, in the frame; the time is taken after
          // its paint (the message below). A task run between the two may add rows this frame did not paint.
          const frameArming = arming;
          const rowsInFrame = changed && probe.rowsPaintedAt === 0 && holdsAwaitedRows();
          const everyRowInFrame = changed && probe.rowsRenderedAt === 0 && holdsAwaitedRows() && rendersEveryRow();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (!isLive()) return;
            if (changed) {
              lastPaintAt = performance.now();
              quietFrames = 0;
              if (rowsInFrame && frameArming === arming && probe.rowsPaintedAt === 0) probe.rowsPaintedAt = lastPaintAt;
              if (everyRowInFrame && frameArming === arming && probe.rowsRenderedAt === 0) probe.rowsRenderedAt = lastPaintAt;
            } else if (probe.inFlight === 0) {
              quietFrames += 1;
            }
            onFrame();
          };
          channel.port2.postMessage(undefined);
        });
      };
      onFrame();
    },
    quiet(frames, timeoutMs) {
      const started = performance.now();
      // Count quiet frames from here, after the change: on a busy machine the frames between arm() and a change
      // driven over the protocol could otherwise add up to "quiet" before the change reached the page. What changed
      // in between is kept: its paint is already lastPaintAt.
      quietFrames = 0;
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (quietFrames >= frames) {
            watching = false;
            resolve(lastPaintAt);
          } else if (performance.now() - started > timeoutMs) {
            watching = false;
            reject(new Error(`The page did not settle within ${timeoutMs} ms (${probe.inFlight} requests in flight)`));
          } else {
            afterPaint(check);
          }
        };
        afterPaint(check);
      });
    },
    scrollFrames(scroller, frames) {
      const target = scroller ?? document.scrollingElement ?? document.documentElement;
      const distance = target.scrollHeight - target.clientHeight;
      target.scrollTop = 0;
      const intervals: number[] = [];
      return new Promise((resolve) => {
        let previous = 0;
        let frame = 0;
        const step = (time: number): void => {
          if (previous > 0) intervals.push(time - previous);
          previous = time;
          frame += 1;
          if (frame > frames) {
            resolve(intervals);
            return;
          }
          target.scrollTop = (distance * frame) / frames;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
  };

  // As isAggregateRequest (requestLog.ts) tells a count from a page of rows: this runs in the page and imports nothing.
  const isCount = (url: string): boolean => {
    let plain = url;
    try {
      plain = decodeURIComponent(url);
    } catch {
      // A malformed escape: read it as written.
    }
    return /\/\$count(?:\?|$)/.test(plain) || /[?&]\$apply=/.test(plain) || /aggregate\s*=\s*["']true["']/i.test(plain);
  };

  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes("/api/data/")) return originalFetch(input, init);
    const isListRead = url.includes(SESSIONS_API) && !isCount(url) && (init?.method ?? "GET") === "GET";
    probe.inFlight += 1;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      probe.inFlight -= 1;
      if (isListRead) probe.lastDataAt = performance.now();
    };
    let response: Response;
    try {
      response = await originalFetch(input, init);
    } catch (error) {
      finish();
      throw error;
    }
    for (const reader of ["text", "json", "arrayBuffer", "blob"] as const) {
      const read = response[reader].bind(response) as () => Promise<unknown>;
      Object.defineProperty(response, reader, {
        value: () => read().finally(finish),
      });
    }
    if (response.status === 204) finish();
    return response;
  };

  new MutationObserver((records) => {
    probe.mutations += records.length;
    // The count is asked only until the rows came and only when nodes were added: it runs inside the timed window.
    if (probe.rowsCommittedAt === 0 && records.some((record) => record.addedNodes.length > 0) && holdsAwaitedRows()) {
      probe.rowsCommittedAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  (window as unknown as { benchProbe: PageProbe }).benchProbe = probe;
}
