import { button, fieldset } from "../page/fields.js";
import type { EventLog } from "../page/eventLog.js";

/**
 * "Time passes" for the refresh rules: the page's clock can be moved on (Date and Date.now see it, timers do not),
 * and the page can pretend the agent left the browser tab and came back (document.visibilityState and the
 * visibilitychange event, as a browser reports them).
 */
const RealDate = Date;
let offsetMs = 0;
let hidden = false;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...(args as [string | number | Date]));
  }

  static now(): number {
    return RealDate.now() + offsetMs;
  }
}

/** Installs the movable clock and the visibility override; call once, before the control loads. */
export function installMovableClock(): void {
  (window as unknown as { Date: DateConstructor }).Date = ShiftedDate as unknown as DateConstructor;
  const realVisibility = Object.getOwnPropertyDescriptor(Document.prototype, "visibilityState");
  Object.defineProperty(document, "visibilityState", {
    configurable: true,
    get: () => (hidden ? "hidden" : (realVisibility?.get?.call(document) as DocumentVisibilityState | undefined) ?? "visible"),
  });
}

function setTabHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event("visibilitychange"));
}

/** Leaves the tab, lets the time pass, comes back: what an agent does between two customers. */
export function awayFromTab(minutes: number, log: EventLog): void {
  setTabHidden(true);
  offsetMs += minutes * 60_000;
  log.note(`time passes: the tab was hidden for ${minutes} min (clock +${offsetMs / 60_000} min in all)`);
  setTabHidden(false);
}

export function timePassesSwitches(log: EventLog): HTMLFieldSetElement {
  return fieldset("Time passes", [
    button("Away from the tab for 30 s", () => awayFromTab(0.5, log)),
    button("Away from the tab for 2 min", () => awayFromTab(2, log)),
  ]);
}
