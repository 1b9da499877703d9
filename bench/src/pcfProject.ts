import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type * as ProductionBundle from "../../scripts/lib/productionBundle.cjs";
import { findRepoRoot } from "../../workbench/server/repoRoot";

export const repoRoot = findRepoRoot(__dirname);

/**
 * What every production build the bench makes reads besides its own code, for the caches' keys: the project's
 * files, the locked dependencies and how it is built (this file, and the compile hint it adds).
 */
export const BUILD_INPUTS = ["ControlManifest.Input.xml", "strings", "package-lock.json", "tsconfig.json", "pcfconfig.json", "bench/src/pcfProject.ts", "scripts/lib/compileHint.cjs", "scripts/lib/productionBundle.cjs"];

/** What every PCF project copy needs besides its code: the manifest, strings and the build configuration. */
const PROJECT_FILES = ["ControlManifest.Input.xml", "strings", "tsconfig.json", "pcfconfig.json", "package.json"];

/**
 * A throw-away PCF project in the temporary folder: node_modules is linked, everything else is copied. It sits
 * one folder down, because pcf-scripts looks for a custom webpack.config.js next to the manifest's folder.
 */
export class TempProject {
  private readonly outer: string;
  readonly root: string;

  constructor(label: string) {
    this.outer = mkdtempSync(join(tmpdir(), `related-sessions-bench-${label}-`));
    this.root = join(this.outer, "project");
    for (const file of PROJECT_FILES) cpSync(join(repoRoot, file), join(this.root, file), { recursive: true });
    this.link(join(repoRoot, "node_modules"), "node_modules");
  }

  path(relativePath: string): string {
    return join(this.root, relativePath);
  }

  read(relativePath: string): string {
    return readFileSync(this.path(relativePath), "utf8");
  }

  write(relativePath: string, text: string): void {
    mkdirSync(dirname(this.path(relativePath)), { recursive: true });
    writeFileSync(this.path(relativePath), text);
  }

  copyIn(source: string, relativePath: string): void {
    cpSync(source, this.path(relativePath), { recursive: true });
  }

  link(target: string, relativePath: string): void {
    mkdirSync(dirname(this.path(relativePath)), { recursive: true });
    symlinkSync(target, this.path(relativePath), "dir");
  }

  /** The manifest with its code entry pointed elsewhere and any other edits. */
  editManifest(edit: (xml: string) => string): void {
    this.write("ControlManifest.Input.xml", edit(this.read("ControlManifest.Input.xml")));
  }

  /**
   * pcf-scripts 1.51.1 merges a webpack.config.js into its own configuration (webpack-merge) when the feature
   * flag pcfAllowCustomWebpack is on in featureconfig.json (read from the working folder); it looks for the
   * file in the folder above the one holding ControlManifest.Input.xml (webpackConfig.js, getWebpackConfig).
   */
  useCustomWebpack(configSource: string): void {
    this.write("featureconfig.json", JSON.stringify({ pcfAllowCustomWebpack: "on" }));
    writeFileSync(join(this.outer, "webpack.config.js"), configSource);
  }

  remove(): void {
    rmSync(this.outer, { recursive: true, force: true });
  }
}

export function pointManifestAt(codePath: string): (xml: string) => string {
  return (xml) => {
    const edited = xml.replace(/<code path="[^"]*"/, `<code path="${codePath}"`);
    if (edited === xml) throw new Error("The manifest has no <code path=…> to point at the baseline");
    return edited;
  };
}

export function assertTelemetryOff(): void {
  if (process.env.PP_TOOLS_TELEMETRY_OPTOUT !== "1" || process.env.APPLICATION_INSIGHTS_NO_STATSBEAT !== "1") {
    throw new Error("pcf-scripts would send telemetry: run the bench through npm run bench (scripts/bench.mjs sets the opt-out)");
  }
}

// Read from the repository at run time: the compiled bench lives under out/, the script beside the sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishProductionBundle } = require(join(repoRoot, "scripts", "lib", "productionBundle.cjs")) as typeof ProductionBundle;

/**
 * pcf-scripts' production build in the project; fails on the errors pcf-scripts only prints. The bundle is finished
 * as scripts/pcf.mjs finishes ours (V8's compile hint; no license banner without a license): every bundle the bench
 * compares is built the same way.
 */
export function pcfProductionBuild(project: TempProject): Promise<string> {
  assertTelemetryOff();
  const script = join(repoRoot, "node_modules", "pcf-scripts", "bin", "pcf-scripts.js");
  const args = [script, "build", "--buildMode", "production", "--skipBuildLinting", "true"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: project.root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const outDir = project.path(join("out", "controls"));
      if (code !== 0 || /\bFailed\b/.test(output) || !existsSync(join(outDir, "bundle.js"))) {
        reject(new Error(`pcf-scripts build failed in ${project.root} (exit ${code}):\n${output}`));
      } else {
        finishProductionBundle(join(outDir, "bundle.js"));
        resolve(outDir);
      }
    });
  });
}
