/** What the page knows of npm start watch's builds (workbench/server/liveReload/buildStatus.ts is the server's side). */
export interface BuildStatus {
  state: "building" | "built" | "failed";
  build: number;
  output: string;
  /** Which run of npm start watch sent it: build numbers start again at 1 when it is restarted. */
  run: string;
}

/** The build the page was served after, as the live reload tag names it. */
export interface ServedBuild {
  run: string;
  lastGoodBuild: number;
}

const BUILD_STATES: ReadonlyArray<BuildStatus["state"]> = ["building", "built", "failed"];

export function parseBuildStatus(data: string): BuildStatus | undefined {
  try {
    const { state, build, output, run } = JSON.parse(data) as Partial<BuildStatus>;
    if (state === undefined || !BUILD_STATES.includes(state) || typeof build !== "number") return undefined;
    return { state, build, output: String(output ?? ""), run: String(run ?? "") };
  } catch {
    return undefined;
  }
}

/** A good build the page does not run yet: a later one of the same npm start watch, or any of a restarted one. */
export function isNewerGoodBuild(status: BuildStatus, served: ServedBuild): boolean {
  return status.state === "built" && (status.run !== served.run || status.build > served.lastGoodBuild);
}
