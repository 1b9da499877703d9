// npm run bench: bytes, Web API requests and render cost of the control beside its baselines, with budgets.
// Builds the production bundle, compiles the host page and the bench (bench/src → out/bench), then runs it;
// exits non-zero when a budget fails. `npm run bench -- --runs 7` takes more runs (default 5, after a warm-up).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/**
 * Runs a Node script quietly; its output is shown only when it fails.
 * @param {string[]} args
 * @param {string} what
 * @returns {Promise<void>}
 */
function runNode(args, what) {
  console.log(`[bench] ${what}…`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (/** @type {Buffer} */ chunk) => (output += chunk.toString()));
    child.stderr.on("data", (/** @type {Buffer} */ chunk) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}):\n${output}`))));
  });
}

async function main() {
  Object.assign(process.env, noTelemetryEnv);
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  await runNode([join(root, "scripts", "pcf.mjs"), "build", "--production"], "Building the production bundle");
  await runNode([tsc, "-p", join(root, "workbench", "client", "tsconfig.json")], "Compiling the workbench page");
  await runNode([tsc, "-p", join(root, "bench", "tsconfig.json")], "Compiling the bench");
  /** @type {{ runBench(args: readonly string[]): Promise<number> }} */
  const bench = require(join(root, "out", "bench", "bench", "src", "main.js"));
  process.exitCode = await bench.runBench(process.argv.slice(2));
}

main().catch((error) => {
  console.error(`\n[bench] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
