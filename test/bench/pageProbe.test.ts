/** @jest-environment jsdom */
import { installPageProbe } from "../../bench/src/pageProbe";
import type { PageProbe } from "../../bench/src/pageProbe";
import { isAggregateRequest } from "../../bench/src/requestLog";

const LIST = "/api/data/v9.2/msdyn_ocsessions?$select=subject&$filter=_regardingobjectid_value%20eq%201";
/** The counts every way the request log knows them (isAggregateRequest); the probe, in the page, tells them alike. */
const COUNTS = [
  `/api/data/v9.2/msdyn_ocsessions?fetchXml=${encodeURIComponent('<fetch aggregate="true"><entity name="msdyn_ocsession"/></fetch>')}`,
  "/api/data/v9.2/msdyn_ocsessions?$apply=groupby((statecode),aggregate($count%20as%20count))",
  "/api/data/v9.2/msdyn_ocsessions/$count",
];

function probe(): PageProbe {
  return (window as unknown as { benchProbe: PageProbe }).benchProbe;
}

async function readBody(url: string): Promise<void> {
  const response = await window.fetch(url);
  await response.json();
}

beforeAll(() => {
  const body = async () => ({ value: [] });
  window.fetch = jest.fn(async () => ({ status: 200, text: body, json: body, arrayBuffer: body, blob: body }) as unknown as Response);
  installPageProbe();
});

describe("the page probe's data arrival", () => {
  it("is when the rows came: a list page's body read moves it", async () => {
    probe().lastDataAt = 0;
    await readBody(LIST);
    expect(probe().lastDataAt).toBeGreaterThan(0);
  });

  it.each(COUNTS)("is not when the counts came: a form load's aggregate, which may come back after the rows painted, leaves it (%s)", async (url) => {
    expect(isAggregateRequest({ method: "GET", url, at: "2026-11-28T21:05:00.000Z" })).toBe(true);
    probe().lastDataAt = 0;
    await readBody(url);
    expect(probe().lastDataAt).toBe(0);
    expect(probe().inFlight).toBe(0);
  });
});

describe("the page probe's rows painted", () => {
  /** The page's frames and its MessageChannel tasks, run by hand: a frame's paint happens between the two. */
  const frames: FrameRequestCallback[] = [];
  const messages: Array<() => void> = [];
  let now = 0;

  class HandDrivenChannel {
    port1: { onmessage: ((event: MessageEvent) => void) | null } = { onmessage: null };
    port2 = { postMessage: () => messages.push(() => this.port1.onmessage?.({} as MessageEvent)) };
  }

  /** Runs the animation frame callbacks now due: the DOM they see is the DOM this frame paints. */
  function frame(at: number): void {
    now = at;
    for (const callback of frames.splice(0)) callback(at);
  }

  /** Runs the tasks posted from the frame: they come after its paint. */
  function afterPaint(at: number): void {
    now = at;
    for (const message of messages.splice(0)) message();
  }

  /** Adds rows as a task would, and lets the probe's MutationObserver see them. */
  async function addRows(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      const row = document.createElement("li");
      row.dataset.sessionId = `s${document.querySelectorAll("[data-session-id]").length + 1}`;
      document.body.append(row);
    }
    await Promise.resolve();
  }

  const saved = { requestAnimationFrame: window.requestAnimationFrame, MessageChannel: (window as { MessageChannel?: unknown }).MessageChannel };
  beforeAll(() => {
    window.requestAnimationFrame = (callback) => frames.push(callback);
    (window as { MessageChannel?: unknown }).MessageChannel = HandDrivenChannel;
    // jsdom renders nothing: a row is held back from rendering here while it is inside [data-held-back].
    Element.prototype.checkVisibility = function (this: Element) {
      return this.closest("[data-held-back]") === null;
    };
  });
  afterAll(() => {
    window.requestAnimationFrame = saved.requestAnimationFrame;
    (window as { MessageChannel?: unknown }).MessageChannel = saved.MessageChannel;
    delete (Element.prototype as Partial<Element>).checkVisibility;
  });
  beforeEach(() => {
    jest.spyOn(performance, "now").mockImplementation(() => now);
    document.body.replaceChildren();
  });

  it("is not credited to a frame that painted fewer rows, when a task between the frame and its paint's message adds the rest", async () => {
    probe().arm(3);
    frame(10);
    afterPaint(12);
    expect(probe().rowsPaintedAt).toBe(0);

    await addRows(2);
    frame(20);
    // A task after the frame (the list's answer rendering) adds the last row: the frame painted two.
    await addRows(1);
    afterPaint(25);
    expect(probe().rowsPaintedAt).toBe(0);

    frame(30);
    afterPaint(33);
    expect(probe().rowsPaintedAt).toBe(33);
  });

  it("is the time after the paint of the first frame holding the rows, not the frame's own time", async () => {
    probe().arm(2);
    await addRows(2);
    frame(40);
    expect(probe().rowsPaintedAt).toBe(0);
    afterPaint(47);
    expect(probe().rowsPaintedAt).toBe(47);

    // Later frames keep the first.
    await addRows(1);
    frame(50);
    afterPaint(52);
    expect(probe().rowsPaintedAt).toBe(47);
  });

  it("does not answer a new arm() with a frame painted before it", async () => {
    probe().arm(1);
    await addRows(1);
    frame(60);
    probe().arm(2);
    afterPaint(61);
    expect(probe().rowsPaintedAt).toBe(0);

    await addRows(1);
    frame(70);
    afterPaint(72);
    expect(probe().rowsPaintedAt).toBe(72);
  });

  it("notes when the awaited rows are all in the document: the end of their render, before the frame that paints them", async () => {
    probe().arm(3);
    now = 5;
    await addRows(2);
    expect(probe().rowsCommittedAt).toBe(0);
    now = 8;
    await addRows(1);
    expect(probe().rowsCommittedAt).toBe(8);

    frame(10);
    afterPaint(14);
    expect(probe().rowsPaintedAt).toBe(14);
    // Rows added later keep the first time.
    now = 20;
    await addRows(1);
    expect(probe().rowsCommittedAt).toBe(8);
  });

  it("starts the commit time over on each arm()", async () => {
    probe().arm(1);
    now = 25;
    await addRows(1);
    expect(probe().rowsCommittedAt).toBe(25);
    probe().arm();
    expect(probe().rowsCommittedAt).toBe(0);
  });

  it("notes every row rendered with the rows' paint when the frame held none back", async () => {
    probe().arm(2);
    await addRows(2);
    frame(84);
    afterPaint(86);
    expect(probe().rowsPaintedAt).toBe(86);
    expect(probe().rowsRenderedAt).toBe(86);
  });

  it("notes every row rendered at the later frame that rendered the rows a first frame held back below the fold", async () => {
    probe().arm(2);
    await addRows(2);
    const belowFold = document.querySelectorAll("[data-session-id]")[1];
    belowFold.setAttribute("data-held-back", "");
    frame(90);
    afterPaint(92);
    expect(probe().rowsPaintedAt).toBe(92);
    expect(probe().rowsRenderedAt).toBe(0);

    belowFold.removeAttribute("data-held-back");
    await Promise.resolve();
    frame(100);
    afterPaint(103);
    expect(probe().rowsRenderedAt).toBe(103);
    expect(probe().rowsPaintedAt).toBe(92);

    probe().arm(2);
    expect(probe().rowsRenderedAt).toBe(0);
  });

  it("stays 0 when armed without rows, the paint and the commit alike", async () => {
    probe().arm();
    now = 78;
    await addRows(5);
    frame(80);
    afterPaint(81);
    expect(probe().rowsPaintedAt).toBe(0);
    expect(probe().rowsRenderedAt).toBe(0);
    expect(probe().rowsCommittedAt).toBe(0);
  });

  it("counts each quiet frame once when a change is armed just after the last one settled, so the page is not taken for quiet too soon", async () => {
    const flush = async (): Promise<void> => {
      for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
    };
    probe().arm();
    frame(100);
    afterPaint(101);
    const first = probe().quiet(1, 10_000);
    frame(110);
    afterPaint(111);
    await first;

    // The bench arms the next change at once: the frame the last watch asked for has not come yet.
    probe().arm();
    let settled = false;
    const second = probe()
      .quiet(3, 10_000)
      .then(() => (settled = true));
    frame(120);
    afterPaint(121);
    for (const at of [130, 140]) {
      frame(at);
      afterPaint(at + 1);
    }
    await flush();
    expect(settled).toBe(false);

    frame(150);
    afterPaint(151);
    await expect(second).resolves.toBe(true);
  });
});
