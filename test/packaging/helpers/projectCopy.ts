import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

export const repositoryRoot = resolve(__dirname, "..", "..", "..");

/** The files that carry the product's identity and version, relative to a project root. */
export const versionedFiles = {
  manifest: "ControlManifest.Input.xml",
  solution: join("Solution", "src", "Other", "Solution.xml"),
  packageJson: "package.json",
  packageLock: "package-lock.json",
};

const copiedPaths = [
  versionedFiles.manifest,
  versionedFiles.packageJson,
  versionedFiles.packageLock,
  "pcfconfig.json",
  join("Solution", "src"),
  "scripts",
  join("out", "controls"),
];

/** What a copy needs on top to build the control and run the workbench (npm start watch). */
export const buildSources = ["src", "strings", "tsconfig.json", "workbench"];

export interface ProjectCopy {
  root: string;
  path(relativePath: string): string;
  read(relativePath: string): string;
  write(relativePath: string, text: string): void;
  remove(): void;
}

/**
 * A throw-away copy of the project's manifest, solution sources, scripts and build output, plus `extraPaths`
 * (e.g. buildSources); node_modules is linked, not copied.
 */
export function makeProjectCopy(extraPaths: readonly string[] = []): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), "related-sessions-project-"));
  for (const relativePath of [...copiedPaths, ...extraPaths]) {
    const source = join(repositoryRoot, relativePath);
    if (existsSync(source)) cpSync(source, join(root, relativePath), { recursive: true });
  }
  symlinkSync(join(repositoryRoot, "node_modules"), join(root, "node_modules"), "dir");
  const path = (relativePath: string): string => join(root, relativePath);
  return {
    root,
    path,
    read: (relativePath) => readFileSync(path(relativePath), "utf8"),
    write: (relativePath, text) => writeFileSync(path(relativePath), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Gives the copy a manifest pcf-scripts refuses at its validation step, which comes before any compiling. */
export function breakManifestValidation(copy: ProjectCopy): void {
  copy.write(versionedFiles.manifest, copy.read(versionedFiles.manifest).replace(/control-type="[^"]*"/, 'control-type="not-a-type"'));
}

export interface ScriptRun {
  status: number | null;
  output: string;
}

/** Runs one of the project's Node scripts the way npm would, from the given project root. */
export function runScript(projectRoot: string, script: string, args: string[]): ScriptRun {
  const run = spawnSync(process.execPath, [join(projectRoot, "scripts", script), ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1", APPLICATION_INSIGHTS_NO_STATSBEAT: "1" },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The tests pack the production build that npm test makes before jest runs. */
export function requireProductionBuild(): void {
  if (!existsSync(join(repositoryRoot, "out", "controls", "bundle.js"))) {
    throw new Error("out/controls/bundle.js is missing: run npm run build:prod first");
  }
}
