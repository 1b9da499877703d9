// Runs pcf-scripts with its telemetry switched off, and turns its silent failures into a failing exit code:
// pcf-scripts exits 0 even when webpack, the manifest check or lint fail (it prints "Failed" instead).
//   node scripts/pcf.mjs build [--production]     build and check out/controls/bundle.js (development by default); a
//                                                 production bundle starts with V8's compile hint and loses webpack's
//                                                 license banner when no license is in it (lib/productionBundle.cjs)
//   node scripts/pcf.mjs rebuild [--production]   pcf-scripts rebuild: empty out/controls, then build and check
//   node scripts/pcf.mjs refreshTypes             write generated/ManifestTypes.d.ts (and StringKeys.d.ts)
//   node scripts/pcf.mjs clean [flags]            empty out/controls (or the --outDir given)
// MSBuild's Pcf targets (dotnet build of the pcfproj) call `npm run build -- --noColor --buildMode <development|
// production> --outDir <dir> --buildSource MSBuild`, and `npm run clean --` with the same flags (seen in the build
// log of microsoft/PowerApps-Samples, component-framework/README.md): those flags pass through, --buildMode
// production counts as --production, and the bundle is checked where --outDir says.
import { spawn } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import productionBundle from "./lib/productionBundle.cjs";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";
import { writeStringKeys } from "./lib/stringKeys.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [verb = "build", ...flags] = process.argv.slice(2);
const building = verb === "build" || verb === "rebuild";

/** @param {string} name @returns {string | undefined} the value after the flag */
function flagValue(name) {
  const at = flags.indexOf(name);
  return at >= 0 ? flags[at + 1] : undefined;
}

const production = flags.includes("--production") || flagValue("--buildMode") === "production";
const passThrough = flags.filter((flag, index) => flag !== "--production" && flag !== "--buildMode" && flags[index - 1] !== "--buildMode");
const outDir = flagValue("--outDir");
const bundlePath = outDir ? join(resolve(root, outDir), "bundle.js") : join(root, "out", "controls", "bundle.js");
/** Webpack's production build moves the bundle's license comments here; npm run pack packs it when it exists. */
const licensePath = `${bundlePath}.LICENSE.txt`;

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
    // Stopping this wrapper (npm start watch does when it stops) stops pcf-scripts and its webpack too.
    for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) process.once(signal, () => child.kill(signal));
    child.stdout.on("data", echo(process.stdout));
    child.stderr.on("data", echo(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Neither a bundle from an earlier build nor one a failed build wrote may pass for this build's output. */
function removeBundle() {
  rmSync(bundlePath, { force: true });
  rmSync(licensePath, { force: true });
}

/** @param {string} message @returns {never} */
function fail(message) {
  if (building) removeBundle();
  console.error(`\n[pcf] ${message}`);
  process.exit(1);
}

// The StringKey type is part of the program pcf-scripts compiles and tsc checks: write it first.
if (building || verb === "refreshTypes") writeStringKeys(root);

const args = [verb, ...passThrough];
if (building) {
  args.push("--buildMode", production ? "production" : "development");
  removeBundle();
}
const { code, output } = await runPcfScripts(args);
if (code !== 0) fail(`pcf-scripts ${verb} exited with ${code}`);
if (/\bFailed\b/.test(output)) fail(`pcf-scripts ${verb} printed "Failed"; see above`);
if (building) {
  if (!existsSync(bundlePath)) fail(`${bundlePath} was not produced`);
  if (production) productionBundle.finishProductionBundle(bundlePath);
  console.log(`[pcf] ${production ? "production" : "development"} bundle: ${statSync(bundlePath).size} bytes at ${bundlePath}`);
}
