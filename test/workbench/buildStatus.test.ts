import { isNewerGoodBuild, parseBuildStatus } from "../../workbench/client/liveReload/buildStatus";

const served = { run: "run-a", lastGoodBuild: 3 };

describe("the page's reading of npm start watch's build events", () => {
  it("reads a status and refuses anything else", () => {
    expect(parseBuildStatus('{"state":"failed","build":4,"output":"TS2304","run":"run-a"}')).toEqual({ state: "failed", build: 4, output: "TS2304", run: "run-a" });
    for (const data of ["{not json", '{"state":"done","build":4}', '{"state":"built","build":"4"}', "null"]) expect(parseBuildStatus(data)).toBeUndefined();
  });

  it("reloads for a later good build of the same run, and for any good build of a restarted run", () => {
    const status = (state: "building" | "built" | "failed", build: number, run = "run-a") => ({ state, build, output: "", run });

    expect(isNewerGoodBuild(status("built", 4), served)).toBe(true);
    expect(isNewerGoodBuild(status("built", 1, "run-b"), served)).toBe(true);
    expect(isNewerGoodBuild(status("built", 3), served)).toBe(false);
    expect(isNewerGoodBuild(status("failed", 4), served)).toBe(false);
    expect(isNewerGoodBuild(status("building", 1, "run-b"), served)).toBe(false);
  });
});
