import { h, uniqueId } from "../page/dom.js";

/**
 * Windows contrast themes put the browser in forced colours (`forced-colors: active`); a page cannot switch that on.
 * The host page says whether the browser it runs in is in forced colours now, and how to get there, so a developer
 * can see the control as a high-contrast user does. `chromium --force-high-contrast` turns it on for the whole
 * browser on Linux too (Chromium's switches::kForceHighContrast; checked with Debian's Chromium 150), and DevTools
 * can emulate it per tab. https://developer.mozilla.org/docs/Web/CSS/@media/forced-colors
 */
const FORCED_COLORS = "(forced-colors: active)";

export const FORCED_COLORS_ON = "on: the browser paints with the system's colours";
export const FORCED_COLORS_OFF =
  "off. To see it: a Windows contrast theme, `chromium --force-high-contrast <this page's address>`, or DevTools › Rendering › Emulate CSS media feature forced-colors";

function describe(active: boolean): string {
  return active ? FORCED_COLORS_ON : FORCED_COLORS_OFF;
}

/** A live line under the theme switch: follows the media query as the browser enters or leaves forced colours. */
export function forcedColorsStatus(): HTMLElement {
  const query = window.matchMedia(FORCED_COLORS);
  const status = h("output", { text: describe(query.matches), attrs: { id: uniqueId("forced-colors"), "aria-live": "polite" } });
  query.addEventListener("change", () => (status.textContent = describe(query.matches)));
  const label = h("label", { text: "Forced colours (Windows high contrast)", attrs: { for: status.id } });
  return h("div", { className: "field", children: [label, status] });
}
