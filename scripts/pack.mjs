// Builds the production bundle and packs it into the Dataverse solution zip, without .NET.
//   node scripts/pack.mjs [--managed] [--skip-build] [--out <dir>]
//   --managed     write the managed flavour (<Name>_<version>_managed.zip, Managed=1); default unmanaged
//   --skip-build  pack the existing out/controls instead of running the production build first (a resx there that
//                 the manifest does not list is refused, not packed)
//   --out <dir>   where the zip goes (default Solution/bin)
import { spawnSync } from "node:child_process";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { packSolution } from "./lib/solutionPackage.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function parseOptions() {
  try {
    return parseArgs({
      options: {
        managed: { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
        out: { type: "string" },
      },
    }).values;
  } catch (error) {
    console.error(`[pack] ${error instanceof Error ? error.message : error}\nusage: node scripts/pack.mjs [--managed] [--skip-build] [--out <dir>]`);
    process.exit(2);
  }
}

function buildProductionBundle() {
  // A pcf-scripts build adds to out/controls but never removes from it, so a resx dropped from the manifest would
  // stay there: rebuild empties the folder first. scripts/pcf.mjs sets the telemetry opt-outs and turns
  // pcf-scripts' silent failures into an exit code.
  const build = spawnSync(process.execPath, [join(root, "scripts", "pcf.mjs"), "rebuild", "--production"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("[pack] the production build failed; nothing was packed");
    process.exit(1);
  }
}

const options = parseOptions();
if (!options["skip-build"]) buildProductionBundle();
try {
  const result = await packSolution({
    root,
    managed: options.managed,
    outDir: options.out === undefined ? undefined : resolve(options.out),
  });
  const flavour = options.managed ? "managed" : "unmanaged";
  console.log(`[pack] ${flavour} solution ${result.version}: ${relative(process.cwd(), result.zipPath) || result.zipPath}`);
  for (const entry of result.entryNames) console.log(`[pack]   ${entry}`);
} catch (error) {
  console.error(`[pack] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
