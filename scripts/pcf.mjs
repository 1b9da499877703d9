// Runs pcf-scripts with its telemetry switched off, and turns its silent failures into a failing exit code:
// pcf-scripts exits 0 even when webpack, the manifest check or lint fail (it prints "Failed" instead).
//   node scripts/pcf.mjs build [--production]   build and check out/controls/bundle.js
//   node scripts/pcf.mjs refreshTypes           write generated/ManifestTypes.d.ts
//   node scripts/pcf.mjs clean
// MSBuild's Pcf targets (dotnet build of the pcfproj) call `npm run build -- --noColor --buildMode production
// --outDir <dir> --buildSource MSBuild`: those flags pass through, and the bundle is checked where --outDir says.
import { spawn } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [verb = "build", ...flags] = process.argv.slice(2);

/** @param {string} name @returns {string | undefined} the value after the flag */
function flagValue(name) {
  const at = flags.indexOf(name);
  return at >= 0 ? flags[at + 1] : undefined;
}

const production = flags.includes("--production") || flagValue("--buildMode") === "production";
const passThrough = flags.filter((flag, index) => flag !== "--production" && flag !== "--buildMode" && flags[index - 1] !== "--buildMode");
const outDir = flagValue("--outDir");
const bundlePath = outDir ? join(resolve(root, outDir), "bundle.js") : join(root, "out", "controls", "bundle.js");

/** @param {string[]} args @returns {Promise<{ code: number, output: string }>} */
function runPcfScripts(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "node_modules", "pcf-scripts", "bin", "pcf-scripts.js"), ...args], {
      cwd: root,
      env: { ...process.env, ...noTelemetryEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const echo = (/** @type {NodeJS.WriteStream} */ stream) => (/** @type {Buffer} */ chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on("data", echo(process.stdout));
    child.stderr.on("data", echo(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\n[pcf] ${message}`);
  process.exit(1);
}

const args = [verb, ...passThrough];
if (verb === "build") {
  args.push("--buildMode", production ? "production" : "development");
  // A stale bundle from an earlier build must never make a failed build look good, and a license file only the
  // production build writes must not outlive it (npm run pack packs it when it is there).
  rmSync(bundlePath, { force: true });
  rmSync(`${bundlePath}.LICENSE.txt`, { force: true });
}
const { code, output } = await runPcfScripts(args);
if (code !== 0) fail(`pcf-scripts ${verb} exited with ${code}`);
if (/\bFailed\b/.test(output)) fail(`pcf-scripts ${verb} printed "Failed"; see above`);
if (verb === "build") {
  if (!existsSync(bundlePath)) fail("out/controls/bundle.js was not produced");
  console.log(`[pcf] ${production ? "production" : "development"} bundle: ${statSync(bundlePath).size} bytes at ${bundlePath}`);
}
