import { showBuildStatus } from "./buildStatusView.js";
import type { BuildStatus } from "./buildStatusView.js";
import { saveHostState } from "./hostStateStore.js";

/** Set by the server (workbench/server/liveReload/liveReloadChannel.ts) only under npm start watch. */
const META_NAME = "workbench-live-reload";

const BUILD_STATES: ReadonlyArray<BuildStatus["state"]> = ["building", "built", "failed"];

function parseStatus(data: string): BuildStatus | undefined {
  try {
    const { state, build, output } = JSON.parse(data) as Partial<BuildStatus>;
    if (state === undefined || !BUILD_STATES.includes(state) || typeof build !== "number") return undefined;
    return { state, build, output: String(output ?? "") };
  } catch {
    return undefined;
  }
}

/**
 * Under npm start watch, follows the builds: after a good build newer than the one this page was served after,
 * saves the host state and reloads; a failed build shows its output over the page. Does nothing (no connection)
 * on a page served by plain npm start.
 * @param currentState the switches as they are now, or undefined while the page has not started
 */
export function connectLiveReload(currentState: () => object | undefined): void {
  const tag = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`);
  if (!tag) return;
  const servedAfterBuild = Number(tag.dataset.lastGoodBuild ?? 0);
  let previous: BuildStatus | undefined;
  const events = new EventSource(tag.content);
  events.onmessage = (message) => {
    const status = parseStatus(String(message.data));
    if (!status) return;
    if (status.state === "built" && status.build > servedAfterBuild) {
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
