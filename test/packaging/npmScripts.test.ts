/** @jest-environment node */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { ProjectCopy } from "./helpers/projectCopy";
import { breakManifestValidation, makeProjectCopy, repositoryRoot, requireProductionBuild, runScript, versionedFiles } from "./helpers/projectCopy";

// The copies run pcf-scripts, which takes a few seconds even when it fails early.
jest.setTimeout(60_000);

const controlOutput = join("out", "controls");
const bundle = join(controlOutput, "bundle.js");
const license = join(controlOutput, "bundle.js.LICENSE.txt");

describe("package.json's scripts", () => {
  const scripts = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")).scripts as Record<string, string>;

  // `pac pcf init` writes build, clean, rebuild, refreshTypes, start and start:watch (pcf-scripts <verb>); MSBuild's
  // Pcf targets call `npm run build` and `npm run clean`. Each goes through the wrapper that checks pcf-scripts' result.
  it("has the pac template's build, rebuild, clean, refreshTypes, start and start:watch (npm start watch passes watch on)", () => {
    expect(scripts).toMatchObject({
      build: "node scripts/pcf.mjs build",
      rebuild: "node scripts/pcf.mjs rebuild",
      clean: "node scripts/clean.mjs",
      refreshTypes: "node scripts/pcf.mjs refreshTypes",
      start: "node scripts/start.mjs",
      "start:watch": "node scripts/start.mjs watch",
    });
  });
});

describe("the build scripts on a copy of the project", () => {
  let copy: ProjectCopy;

  beforeAll(requireProductionBuild);

  beforeEach(() => {
    copy = makeProjectCopy();
  });

  afterEach(() => copy.remove());

  function writeMsBuildFolders(): string[] {
    const folders = [join("obj"), join("Solution", "obj", "Release")];
    for (const folder of folders) {
      mkdirSync(copy.path(folder), { recursive: true });
      writeFileSync(copy.path(join(folder, "project.assets.json")), "{}");
    }
    return folders;
  }

  it("npm run clean, called as MSBuild's PcfClean target calls it, empties only the --outDir it names", () => {
    const msBuildFolders = writeMsBuildFolders();
    const flags = ["--noColor", "--buildMode", "production", "--outDir", copy.path(controlOutput), "--buildSource", "MSBuild"];

    expect(runScript(copy.root, "clean.mjs", flags)).toMatchObject({ status: 0 });

    expect(readdirSync(copy.path(controlOutput))).toEqual([]);
    for (const folder of msBuildFolders) expect(existsSync(copy.path(join(folder, "project.assets.json")))).toBe(true);
  });

  it("npm run clean by hand removes every build output and keeps the sources", () => {
    writeMsBuildFolders();

    expect(runScript(copy.root, "clean.mjs", [])).toMatchObject({ status: 0 });

    for (const output of ["out", "obj", join("Solution", "obj")]) expect(existsSync(copy.path(output))).toBe(false);
    for (const source of [versionedFiles.manifest, versionedFiles.solution, "scripts"]) expect(existsSync(copy.path(source))).toBe(true);
  });

  it("a build pcf-scripts fails (while exiting 0) exits 1 and leaves neither the old bundle nor its license file", () => {
    // The control's own bundle carries no license; an earlier build of one that did left this file.
    writeFileSync(copy.path(license), "/*! @license A bundled dependency's license */");
    expect(existsSync(copy.path(bundle))).toBe(true);
    breakManifestValidation(copy);

    const build = runScript(copy.root, "pcf.mjs", ["build", "--production"]);

    expect(build).toMatchObject({ status: 1, output: expect.stringContaining('printed "Failed"') });
    expect(existsSync(copy.path(bundle))).toBe(false);
    expect(existsSync(copy.path(license))).toBe(false);
  });

  it("npm run rebuild empties out/controls before it builds, and fails like build does", () => {
    breakManifestValidation(copy);

    const rebuild = runScript(copy.root, "pcf.mjs", ["rebuild"]);

    expect(rebuild).toMatchObject({ status: 1, output: expect.stringContaining("Cleaning build outputs") });
    expect(readdirSync(copy.path(controlOutput))).toEqual([]);
  });
});
