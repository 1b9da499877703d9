/** The page's clock, which "Time passes" moves on: Date and Date.now see it, timers do not. */
const RealDate = Date;
let offsetMs = 0;

/**
 * The browser's Date with the clock `offsetMs` on. A plain function that shares Date's prototype, so a date made
 * before the clock moved is still `instanceof Date` after.
 */
function movedDate(): DateConstructor {
  function MovedDate(this: unknown, ...args: unknown[]): Date | string {
    const date = args.length === 0 ? new RealDate(RealDate.now() + offsetMs) : new RealDate(...(args as [string | number | Date]));
    // Called without `new`, Date gives the time as text.
    return new.target === undefined ? date.toString() : date;
  }
  MovedDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(MovedDate, RealDate);
  return Object.assign(MovedDate, { now: () => RealDate.now() + offsetMs }) as unknown as DateConstructor;
}

/**
 * Moves the page's clock on. The moved Date takes the browser's own only once time first passes: until then the page
 * has the Date an app has, and every `new Date(…)` a form load makes costs what it costs there (a replacement is
 * several times slower, which render timings would count as the control's). Returns how far it has moved in all, in minutes.
 */
export function moveClockOn(minutes: number): number {
  if (offsetMs === 0) (window as unknown as { Date: DateConstructor }).Date = movedDate();
  offsetMs += minutes * 60_000;
  return offsetMs / 60_000;
}
