import type * as MovableClockModule from "../../workbench/client/switches/movableClock";

type MovableClock = typeof MovableClockModule;

const BrowserDate = Date;

/** A fresh copy of the module: each test starts with the clock unmoved. */
function loadMovableClock(): MovableClock {
  let loaded: MovableClock | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<MovableClock>("../../workbench/client/switches/movableClock");
  });
  if (loaded === undefined) throw new Error("movableClock did not load");
  return loaded;
}

afterEach(() => {
  window.Date = BrowserDate;
});

describe("the workbench's movable clock", () => {
  it("leaves the page the browser's own Date until time first passes, as an app has it", () => {
    loadMovableClock();
    expect(window.Date).toBe(BrowserDate);
  });

  it("moves new Date() and Date.now() on once time passes, and leaves dates given a time alone", () => {
    const { moveClockOn } = loadMovableClock();
    const before = BrowserDate.now();
    expect(moveClockOn(30)).toBe(30);
    expect(moveClockOn(2)).toBe(32);
    const movedBy = 32 * 60_000;
    expect(Date.now() - before).toBeGreaterThanOrEqual(movedBy);
    expect(Date.now() - before).toBeLessThan(movedBy + 60_000);
    expect(new Date().getTime() - before).toBeGreaterThanOrEqual(movedBy);
    expect(new Date(0).getTime()).toBe(0);
    expect(new Date(2026, 11, 6).getDate()).toBe(6);
    expect(new Date("2026-12-06T10:00:00Z").toISOString()).toBe("2026-12-06T10:00:00.000Z");
    expect(Date.UTC(2026, 0, 1)).toBe(BrowserDate.UTC(2026, 0, 1));
  });

  it("keeps a date made before the clock moved a Date, and Date() called without new gives text", () => {
    const { moveClockOn } = loadMovableClock();
    const earlier = new Date();
    moveClockOn(2);
    expect(earlier).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(BrowserDate);
    expect(typeof (Date as unknown as () => string)()).toBe("string");
  });
});
