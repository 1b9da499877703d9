import type { BuildStatus } from "./buildStatus.js";
import { h } from "../page/dom.js";

const VIEW_ID = "build-status";

/**
 * npm start watch's state on the page: a small "Rebuilding…" note while a build runs, and over the whole page a
 * failed build's compiler output, so nobody mistakes the stale control underneath for the current code.
 */
export function showBuildStatus(status: BuildStatus, previous: BuildStatus | undefined): void {
  const failure = status.state === "failed" ? status : previous?.state === "failed" ? previous : undefined;
  const view = h("div", {
    attrs: { id: VIEW_ID },
    children: [status.state === "building" && buildingNote(status), failure && failureOverlay(failure)],
  });
  const shown = document.getElementById(VIEW_ID);
  if (shown) shown.replaceWith(view);
  else document.body.append(view);
}

function buildingNote(status: BuildStatus): HTMLElement {
  return h("p", { className: "build-note host-part", attrs: { role: "status" }, text: `Rebuilding the control (build ${status.build})…` });
}

function failureOverlay(failure: BuildStatus): HTMLElement {
  const titleId = `${VIEW_ID}-title`;
  return h("section", {
    className: "build-failure host-part",
    attrs: { role: "alert", "aria-labelledby": titleId },
    children: [
      h("h2", { attrs: { id: titleId }, text: `Build ${failure.build} failed` }),
      h("p", { text: "Fix the error and save: the page reloads after the next good build. Output of npm run build:" }),
      h("pre", { className: "build-output", text: failure.output.trim() }),
    ],
  });
}
