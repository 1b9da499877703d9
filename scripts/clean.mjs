// npm run clean
//   by hand (no arguments): removes every build output (control, workbench, test helpers, solution zips); sources stay.
//   with pcf-scripts' flags, as MSBuild's PcfClean target calls it (`npm run clean -- --noColor --buildMode …
//   --outDir <dir> --buildSource MSBuild`, on dotnet build /t:rebuild or dotnet clean): pcf-scripts clean, which
//   empties that --outDir only. MSBuild's own obj/ and bin/ folders (NuGet's restore output among them) must stay.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outputs = ["out", "generated", "Solution/bin", "Solution/obj", "obj", "bin", "test-results", "coverage"];
const flags = process.argv.slice(2);

if (flags.length > 0) {
  const clean = spawnSync(process.execPath, [join(root, "scripts", "pcf.mjs"), "clean", ...flags], { cwd: root, stdio: "inherit" });
  process.exit(clean.status ?? 1);
}
for (const output of outputs) {
  rmSync(join(root, output), { recursive: true, force: true });
}
console.log(`[clean] removed ${outputs.join(", ")}`);
