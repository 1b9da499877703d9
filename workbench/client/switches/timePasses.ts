import { button, fieldset } from "../page/fields.js";
import type { EventLog } from "../page/eventLog.js";
import { moveClockOn } from "./movableClock.js";

/**
 * "Time passes" for the refresh rules: the page's clock can be moved on (Date and Date.now see it, timers do not),
 * and the page can pretend the agent left the browser tab and came back (document.visibilityState and the
 * visibilitychange event, as a browser reports them).
 */
let hidden = false;

/** Installs the visibility override; call once, before the control loads. */
export function installTabVisibility(): void {
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
  const movedInAll = moveClockOn(minutes);
  log.note(`time passes: the tab was hidden for ${minutes} min (clock +${movedInAll} min in all)`);
  setTabHidden(false);
}

export function timePassesSwitches(log: EventLog): HTMLFieldSetElement {
  return fieldset("Time passes", [
    button("Away from the tab for 30 s", () => awayFromTab(0.5, log)),
    button("Away from the tab for 2 min", () => awayFromTab(2, log)),
  ]);
}
