/** @jest-environment node */
import { appendFileSync, existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import type { ProjectCopy } from "./helpers/projectCopy";
import { makeProjectCopy, requireProductionBuild, runScript, versionedFiles } from "./helpers/projectCopy";

const bundleFile = join("out", "controls", "bundle.js");
const reactLibrary = join("node_modules", "pcf-start", "lib", "react_16_14_0.js");

describe("npm run pack refuses to write a zip that must not ship", () => {
  let copy: ProjectCopy;

  beforeAll(requireProductionBuild);

  beforeEach(() => {
    copy = makeProjectCopy();
  });

  afterEach(() => copy.remove());

  function pack(): ReturnType<typeof runScript> {
    return runScript(copy.root, "pack.mjs", ["--skip-build", "--out", copy.path("zips")]);
  }

  it("packs the unchanged copy (the baseline the other cases break)", () => {
    expect(pack()).toMatchObject({ status: 0 });
    expect(existsSync(copy.path(join("zips", "RelatedSessions_1_0_0_0.zip")))).toBe(true);
  });

  it("when the bundle carries its own React", () => {
    appendFileSync(copy.path(bundleFile), readFileSync(copy.path(reactLibrary), "utf8"));
    expect(pack()).toMatchObject({ status: 1, output: expect.stringContaining("contains React") });
    expect(existsSync(copy.path("zips"))).toBe(false);
  });

  it("when the bundle is a development build", () => {
    appendFileSync(copy.path(bundleFile), '\neval("/* webpack module */");');
    expect(pack()).toMatchObject({ status: 1, output: expect.stringContaining("development build") });
  });

  it("when the built manifest is older than the source manifest", () => {
    copy.write(versionedFiles.manifest, copy.read(versionedFiles.manifest).replace(/(<control [^>]*version=")[^"]*"/, '$19.9.9"'));
    expect(pack()).toMatchObject({ status: 1 });
  });

  it("when a resx in the build output is not listed in the manifest", () => {
    copy.write(join("out", "controls", "strings", "RelatedSessions.1040.resx"), "<root/>");
    expect(pack()).toMatchObject({ status: 1, output: expect.stringContaining("not listed in the manifest") });
  });

  it("without a build to pack", () => {
    rmSync(copy.path(join("out", "controls", "ControlManifest.xml")));
    expect(pack()).toMatchObject({ status: 1, output: expect.stringContaining("run npm run build:prod first") });
  });
});
