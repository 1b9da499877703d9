import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CACHE_DIR, digestOf } from "./buildCache";
import { BUILD_INPUTS, TempProject, pcfProductionBuild, pointManifestAt, repoRoot } from "./pcfProject";

export type BaselineName = "naiveControl" | "plainTableControl";

/** What a baseline's build reads: its sources and the project's manifest, strings and build configuration. */
const BASELINE_INPUTS = ["bench/baselines", ...BUILD_INPUTS];

/**
 * A baseline built like the control: a copy of the project's manifest (same name, same maker settings, same
 * platform libraries) whose code is the baseline, through pcf-scripts' production build. Reused from the
 * cache while its inputs are unchanged. Resolves the folder the workbench serves as /controls/.
 */
export async function buildBaseline(name: BaselineName): Promise<{ outDir: string; cached: boolean }> {
  const outDir = join(CACHE_DIR, `${name}-${digestOf(BASELINE_INPUTS)}`);
  if (existsSync(join(outDir, "bundle.js"))) return { outDir, cached: true };
  const project = new TempProject(name);
  try {
    project.copyIn(join(repoRoot, "bench", "baselines"), "src");
    project.editManifest(pointManifestAt(`src/${name}.ts`));
    const built = await pcfProductionBuild(project);
    mkdirSync(CACHE_DIR, { recursive: true });
    cpSync(built, outDir, { recursive: true });
    return { outDir, cached: false };
  } finally {
    project.remove();
  }
}

/**
 * A folder laid out like the repository for the workbench server (its page, its client, the platform
 * libraries) whose out/controls is another build: how a baseline is hosted exactly like the control.
 */
export function hostRootFor(controlsDir: string): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), "related-sessions-bench-host-"));
  const link = (target: string, path: string): void => symlinkSync(target, join(root, path), "dir");
  mkdirSync(join(root, "out"));
  link(join(repoRoot, "workbench"), "workbench");
  link(join(repoRoot, "node_modules"), "node_modules");
  link(join(repoRoot, "out", "workbench"), join("out", "workbench"));
  link(controlsDir, join("out", "controls"));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
