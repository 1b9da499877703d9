/** @jest-environment node */
import { readFileSync } from "fs";
import { join } from "path";
import type { ProjectCopy } from "./helpers/projectCopy";
import { makeProjectCopy, repositoryRoot, runScript, versionedFiles } from "./helpers/projectCopy";
import { at, parseXmlObject } from "./helpers/solutionZip";

interface ProductVersions {
  control: string;
  solution: string;
  packageJson: string;
  packageLock: string;
  packageLockRoot: string;
}

function readVersions(root: string): ProductVersions {
  const read = (relativePath: string): string => readFileSync(join(root, relativePath), "utf8");
  const packageLock = JSON.parse(read(versionedFiles.packageLock));
  return {
    control: String(at(parseXmlObject(read(versionedFiles.manifest)), "manifest", "control", "@_version")),
    solution: String(at(parseXmlObject(read(versionedFiles.solution)), "ImportExportXml", "SolutionManifest", "Version")),
    packageJson: String(JSON.parse(read(versionedFiles.packageJson)).version),
    packageLock: String(packageLock.version),
    packageLockRoot: String(packageLock.packages[""].version),
  };
}

/** All versions follow the rule when they equal what it derives from the control version. */
function expectOneVersion(versions: ProductVersions): void {
  expect(versions.control).toMatch(/^\d+\.\d+\.\d+$/);
  expect(versions.solution).toMatch(new RegExp(`^${versions.control.replace(/\./g, "\\.")}\\.\\d+$`));
  expect(versions).toMatchObject({ packageJson: versions.control, packageLock: versions.control, packageLockRoot: versions.control });
}

describe("the product version in this repository", () => {
  it("is the same in the manifest, package.json, package-lock.json and the first three parts of the solution version", () => {
    expectOneVersion(readVersions(repositoryRoot));
  });

  it("passes the bump script's own check", () => {
    const check = runScript(repositoryRoot, "version-bump.mjs", ["--check"]);
    expect(check).toMatchObject({ status: 0 });
  });
});

describe("npm run version:bump on a copy of the project", () => {
  let copy: ProjectCopy;

  beforeEach(() => {
    copy = makeProjectCopy();
  });

  afterEach(() => copy.remove());

  it.each([
    ["patch", (a: number, b: number, c: number) => `${a}.${b}.${c + 1}`],
    ["minor", (a: number, b: number) => `${a}.${b + 1}.0`],
    ["major", (a: number) => `${a + 1}.0.0`],
  ])("%s moves the manifest, solution, package.json and package-lock.json versions together", (part, expected) => {
    const before = readVersions(copy.root);
    const [major, minor, patch] = before.control.split(".").map(Number);

    const bump = runScript(copy.root, "version-bump.mjs", [part, "--root", copy.root]);

    expect(bump).toMatchObject({ status: 0 });
    const after = readVersions(copy.root);
    expect(after.control).toBe(expected(major, minor, patch));
    expect(after.solution).toBe(`${after.control}.0`);
    expectOneVersion(after);
    expect(readVersions(repositoryRoot)).toEqual(before);
  });

  it("changes only the version text of each file", () => {
    const manifestBefore = copy.read(versionedFiles.manifest);
    runScript(copy.root, "version-bump.mjs", ["patch", "--root", copy.root]);
    const manifestAfter = copy.read(versionedFiles.manifest);
    const changedLines = manifestAfter.split("\n").filter((line, index) => line !== manifestBefore.split("\n")[index]);
    expect(changedLines).toHaveLength(1);
    expect(changedLines[0]).toMatch(/<control .*version="/);
  });

  it("refuses to bump and reports drift when the solution version no longer starts with the control version", () => {
    copy.write(versionedFiles.solution, copy.read(versionedFiles.solution).replace(/<Version>[^<]*<\/Version>/, "<Version>0.9.0.0</Version>"));

    expect(runScript(copy.root, "version-bump.mjs", ["--check", "--root", copy.root])).toMatchObject({
      status: 1,
      output: expect.stringContaining("does not start with the control version"),
    });
    expect(runScript(copy.root, "version-bump.mjs", ["patch", "--root", copy.root]).status).toBe(1);
  });

  it("reports drift when package.json leaves the control version behind", () => {
    const packageJson = JSON.parse(copy.read(versionedFiles.packageJson));
    copy.write(versionedFiles.packageJson, JSON.stringify({ ...packageJson, version: "0.0.1" }, null, 2));

    const check = runScript(copy.root, "version-bump.mjs", ["--check", "--root", copy.root]);

    expect(check).toMatchObject({ status: 1, output: expect.stringContaining("package.json version 0.0.1") });
  });
});
