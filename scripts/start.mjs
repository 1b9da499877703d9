// npm start: builds the production control, compiles the workbench and serves it on 127.0.0.1.
//   PORT=8181 npm start      (PORT=0 picks a free port)
// npm start watch (npm run start:watch): development builds instead, rebuilt whenever src/, strings/ or the manifest
// change; the page reloads itself after each good build and shows a failed build's output (docs/workbench.md).
// Everything stays on loopback: the page loads React and Fluent from node_modules/pcf-start/lib, never a CDN.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tscPath = join(root, "node_modules", "typescript", "bin", "tsc");

/** @param {string[]} args @param {string} label what failed, for the error @returns {Promise<void>} */
export function runNode(args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...noTelemetryEnv }, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${label} failed (exit code ${code})`))));
  });
}

export function buildControl() {
  return runNode([join(root, "scripts", "pcf.mjs"), "build", "--production"], "Building the production control");
}

/** Server (and the shared sample ids) into out/workbench, the host page's client into out/workbench/client. */
export async function compileWorkbench() {
  await runNode([tscPath, "-p", join(root, "workbench", "tsconfig.json")], "Compiling the workbench server");
  await runNode([tscPath, "-p", join(root, "workbench", "client", "tsconfig.json")], "Compiling the workbench page");
}

/** @param {string} modulePath below out/workbench/server, e.g. "main.js" */
export function loadCompiledServer(modulePath = "main.js") {
  return createRequire(import.meta.url)(join(root, "out", "workbench", "server", ...modulePath.split("/")));
}

/** @returns {"production" | "watch"} */
function modeFromArguments() {
  const args = process.argv.slice(2);
  if (args.length === 0) return "production";
  if (args.length === 1 && args[0] === "watch") return "watch";
  throw new Error(`unknown arguments "${args.join(" ")}"; usage: npm start [watch]`);
}

function portFromEnvironment() {
  const port = Number(process.env.PORT ?? 8181);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  return port;
}

/** @param {number} port @returns {Promise<{ url: string, close(): Promise<void> }>} */
async function startProductionWorkbench(port) {
  await buildControl();
  await compileWorkbench();
  const workbench = await loadCompiledServer().startWorkbench({ port, host: "127.0.0.1" });
  console.log(`\nRelated Sessions workbench: ${workbench.url}\nPress Ctrl+C to stop.`);
  return workbench;
}

/** @param {number} port @returns {Promise<{ url: string, close(): Promise<void> }>} */
async function startWatchingWorkbench(port) {
  // The page's client compiles against generated/ManifestTypes.d.ts, which a fresh clone has not got before a build.
  await runNode([join(root, "scripts", "pcf.mjs"), "refreshTypes"], "Generating the manifest types");
  await compileWorkbench();
  const workbench = await loadCompiledServer("liveReload/watchingWorkbench.js").startWatchingWorkbench({ port, host: "127.0.0.1" });
  console.log(`\nRelated Sessions workbench (watching src/, strings/ and the manifest): ${workbench.url}\nPress Ctrl+C to stop.`);
  return workbench;
}

async function main() {
  Object.assign(process.env, noTelemetryEnv);
  const mode = modeFromArguments();
  const port = portFromEnvironment();
  const workbench = mode === "watch" ? await startWatchingWorkbench(port) : await startProductionWorkbench(port);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the workbench…");
    await workbench.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(`\n[start] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
