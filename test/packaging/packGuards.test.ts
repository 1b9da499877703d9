/** @jest-environment node */
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { ProjectCopy } from "./helpers/projectCopy";
import { buildSources, makeProjectCopy, requireProductionBuild, runScript, versionedFiles } from "./helpers/projectCopy";

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

describe("npm run pack with its own production build", () => {
  let copy: ProjectCopy;

  beforeAll(requireProductionBuild);

  beforeEach(() => {
    copy = makeProjectCopy(buildSources);
  });

  afterEach(() => copy.remove());

  // A full production build of the copy: pcf-scripts takes well over a minute on a busy two-core machine.
  it("empties out/controls first, so a resx left there by an earlier manifest is neither packed nor kept", async () => {
    const stale = join("out", "controls", "strings", "RelatedSessions.1040.resx");
    copy.write(stale, "<root/>");

    const run = runScript(copy.root, "pack.mjs", ["--out", copy.path("zips")]);

    expect(run).toMatchObject({ status: 0 });
    expect(existsSync(copy.path(stale))).toBe(false);
    const zipName = readdirSync(copy.path("zips"))[0];
    const zip = await JSZip.loadAsync(readFileSync(copy.path(join("zips", zipName))));
    const resxEntries = Object.keys(zip.files).filter((name) => name.endsWith(".resx"));
    const listedResx = [...copy.read(versionedFiles.manifest).matchAll(/<resx path="([^"]+)"/g)].map((match) => match[1]);
    expect(resxEntries.map((name) => name.replace(/^Controls\/[^/]+\//, "")).sort()).toEqual([...listedResx].sort());
  }, 300_000);
});
