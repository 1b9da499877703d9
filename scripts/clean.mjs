// npm run clean: removes every build output (control, workbench, test helpers, solution zips); sources stay.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outputs = ["out", "generated", "Solution/bin", "Solution/obj", "obj", "bin", "test-results", "coverage"];

for (const output of outputs) {
  rmSync(join(root, output), { recursive: true, force: true });
}
console.log(`[clean] removed ${outputs.join(", ")}`);
