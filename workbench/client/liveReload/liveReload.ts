import { isNewerGoodBuild, parseBuildStatus } from "./buildStatus.js";
import type { BuildStatus, ServedBuild } from "./buildStatus.js";
import { showBuildStatus } from "./buildStatusView.js";
import { saveHostState } from "../page/hostStateStore.js";

/** Set by the server (workbench/server/liveReload/liveReloadChannel.ts) only under npm start watch. */
const META_NAME = "workbench-live-reload";

/**
 * Under npm start watch, follows the builds: after a good build the page does not run yet, saves the host state
 * and reloads; a failed build shows its output over the page. Does nothing (no connection) on a page served by
 * plain npm start.
 * @param currentState the switches as they are now, or undefined while the page has not started
 */
export function connectLiveReload(currentState: () => object | undefined): void {
  const tag = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`);
  if (!tag) return;
  const served: ServedBuild = { run: tag.dataset.run ?? "", lastGoodBuild: Number(tag.dataset.lastGoodBuild ?? 0) };
  let previous: BuildStatus | undefined;
  const events = new EventSource(tag.content);
  events.onmessage = (message) => {
    const status = parseBuildStatus(String(message.data));
    if (!status) return;
    if (isNewerGoodBuild(status, served)) {
      events.close();
      const state = currentState();
      if (state) saveHostState(state);
      location.reload();
      return;
    }
    showBuildStatus(status, previous);
    previous = status;
  };
}
