// Where the production bundle's bytes go: builds the control exactly as `npm run build:prod` does (pcf-scripts' own
// webpack configuration, read from pcf-scripts, production mode), only with a source map, into a temporary folder,
// and lets source-map-explorer attribute every byte of the minified bundle to the source file it came from.
//   npm run bytes              ranked table: source file → minified bytes and gzip share, by folder, and what kind of code they are
//   npm run bytes -- --json    the same as JSON
// pcf-scripts appends its registration stub to bundle.js after webpack; that stub is reported on its own line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import compileHint from "./lib/compileHint.cjs";
import entryExports from "./lib/entryExports.cjs";
import productionBundle from "./lib/productionBundle.cjs";
import { noTelemetryEnv } from "./lib/noTelemetry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
Object.assign(process.env, noTelemetryEnv);

/**
 * pcf-scripts ships no type declarations; these are the parts of it this script calls.
 * @typedef {{ getControlName(): string, getControlNamespace(): string }} ControlContext
 * @typedef {{
 *   ControlContext: new (diagnostics: { push(message: unknown): void, pushA(message: unknown, args: unknown): void }, controlPath: string) => ControlContext
 * }} ControlContextModule
 * @typedef {{
 *   getWebpackConfig(control: ControlContext, outputDir: string, buildMode: "production", watch: boolean): import("webpack").Configuration,
 *   generateStub(namespace: string, constructor: string): string
 * }} WebpackConfigModule
 */

/** @returns {Promise<{ dir: string, stubBytes: number }>} the folder holding bundle.js and bundle.js.map */
async function buildWithSourceMap() {
  // pcf-scripts reads pcfconfig.json (the browser targets) from the working directory, as when npm runs it.
  process.chdir(root);
  const { ControlContext } = /** @type {ControlContextModule} */ (require("pcf-scripts/controlContext"));
  const { getWebpackConfig, generateStub } = /** @type {WebpackConfigModule} */ (require("pcf-scripts/webpackConfig"));
  // The webpack pcf-scripts itself resolves, not one of our own.
  const { webpack } = /** @type {typeof import("webpack")} */ (createRequire(require.resolve("pcf-scripts/webpackConfig"))("webpack"));
  const problems = /** @type {unknown[]} */ ([]);
  const control = new ControlContext({ push: (message) => problems.push(message), pushA: (message) => problems.push(message) }, root);
  if (problems.length > 0) throw new Error(`pcf-scripts could not read the manifest: ${JSON.stringify(problems)}`);
  const dir = mkdtempSync(join(tmpdir(), "bundle-bytes-"));
  const config = { ...getWebpackConfig(control, dir, "production", false), devtool: /** @type {const} */ ("source-map") };
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve(undefined);
    });
  });
  return { dir, stubBytes: Buffer.byteLength(generateStub(control.getControlNamespace(), control.getControlName())) };
}

/**
 * build:prod drops webpack's license banner when the bundle holds no license. The banner is the bundle's first line and
 * maps to no source, so the map loses that line's (empty) group of mappings with it.
 * @param {string} bundle
 */
function dropLicenseBannerAsShipped(bundle) {
  if (!productionBundle.dropPathOnlyLicenseFile(bundle)) return;
  const map = JSON.parse(readFileSync(`${bundle}.map`, "utf8"));
  if (!map.mappings.startsWith(";")) throw new Error("the license banner's line has mappings: the map cannot simply lose it");
  writeFileSync(`${bundle}.map`, JSON.stringify({ ...map, mappings: map.mappings.slice(1) }));
}

/** @param {string} source a source-map-explorer file name @returns {string} the path within the project, or a label */
function sourceName(source) {
  const withinProject = decodeURIComponent(source).replace(/^webpack:\/\/[^/]+\//, "");
  return withinProject.startsWith("webpack/") || withinProject.startsWith("external ") ? `(webpack) ${withinProject}` : withinProject;
}

/** @param {string} name @returns {string} the folder a source file counts under */
function folderOf(name) {
  return name.startsWith("src/") ? dirname(name) : "(webpack runtime, pcf-scripts stub, unmapped)";
}

/**
 * Kinds of code in the minified bundle, by the syntax that holds them (a node inside another is counted once, in the
 * outermost kind listed here): makeStyles calls, createElement callees, string and template text, property names.
 * @param {string} code @returns {Record<string, number>}
 */
function kindsOfCode(code) {
  const file = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const kinds = { "makeStyles({…}) calls": 0, "…createElement callees": 0, "string and template text": 0, "property names (a.name, {name:})": 0, "regular expressions": 0 };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node) && /(^|\.)makeStyles\)?$/.test(node.expression.getText(file))) {
      kinds["makeStyles({…}) calls"] += node.getWidth(file);
      return;
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "createElement") kinds["…createElement callees"] += node.getWidth(file);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      kinds["string and template text"] += node.getWidth(file);
    } else if (ts.isRegularExpressionLiteral(node)) kinds["regular expressions"] += node.getWidth(file);
    else if (ts.isPropertyAccessExpression(node)) kinds["property names (a.name, {name:})"] += node.name.getWidth(file) + 1;
    else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) kinds["property names (a.name, {name:})"] += node.name.getWidth(file) + 1;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return kinds;
}

/**
 * What each source file costs the gzipped bundle: how much smaller the bundle gzips (at Node's default level, as the
 * bench measures) without that file's characters. Gzip pays little for what repeats elsewhere (names, tokens, the
 * shape of similar code), so a file's gzip share ranks what is worth cutting differently from its raw bytes.
 * @param {string} code the bundle's text @param {string} mapText its source map @returns {Map<string, number>} by source name
 */
function gzipShares(code, mapText) {
  const { SourceMapConsumer } = /** @type {typeof import("source-map-js")} */ (require("source-map-js"));
  const lineStarts = [0];
  for (let index = 0; index < code.length; index++) if (code[index] === "\n") lineStarts.push(index + 1);
  /** @type {[number, string][]} */
  const starts = [];
  new SourceMapConsumer(JSON.parse(mapText)).eachMapping((mapping) => {
    if (mapping.source) starts.push([lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn, mapping.source]);
  });
  starts.sort((a, b) => a[0] - b[0]);
  // The bundle as runs of characters, each from one source (null before the first mapping); positions and columns
  // are UTF-16 offsets, as string slices count them.
  /** @type {{ source: string | null, text: string }[]} */
  const runs = [{ source: null, text: code.slice(0, starts[0]?.[0] ?? code.length) }];
  starts.forEach(([start, source], index) => runs.push({ source, text: code.slice(start, starts[index + 1]?.[0] ?? code.length) }));
  const whole = gzipSync(code).length;
  const shares = new Map();
  for (const source of new Set(starts.map(([, name]) => name))) {
    const without = runs.filter((run) => run.source !== source).map((run) => run.text).join("");
    shares.set(sourceName(source), whole - gzipSync(without).length);
  }
  return shares;
}

/** @param {[string, number][]} rows @param {number} total @param {string} heading @param {Map<string, number>} [gzip] */
function printTable(rows, total, heading, gzip) {
  console.log(gzip ? `\n| ${heading} | bytes | share | gzip share |\n|---|---:|---:|---:|` : `\n| ${heading} | bytes | share |\n|---|---:|---:|`);
  for (const [name, bytes] of rows) {
    const gzipped = gzip ? ` ${gzip.get(name)?.toLocaleString("en-US") ?? "–"} |` : "";
    console.log(`| ${name} | ${bytes.toLocaleString("en-US")} | ${((bytes / total) * 100).toFixed(1)}% |${gzipped}`);
  }
}

const { explore } = /** @type {typeof import("source-map-explorer")} */ (require("source-map-explorer"));
const { dir, stubBytes } = await buildWithSourceMap();
try {
  const bundle = join(dir, "bundle.js");
  dropLicenseBannerAsShipped(bundle);
  // noBorderChecks: terser's map names a column one past the end of the single line (a known, harmless quirk).
  const result = await explore({ code: bundle, map: `${bundle}.map` }, { output: { format: "json" }, noRoot: true, noBorderChecks: true });
  const explored = result.bundles[0];
  if (!explored || !("files" in explored)) throw new Error(`source-map-explorer found no bundle: ${JSON.stringify(result.errors)}`);
  // What build:prod ships is this bundle without the source map's comment line, the stub after it and the compile
  // hint before it.
  const code = readFileSync(bundle, "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "");
  // And with webpack's exports runtime replaced (scripts/lib/entryExports.cjs): its files' lines stay as webpack
  // wrote them, and one line takes back what the replacement saves.
  const inlined = entryExports.inlineEntryExportsIn(code) ?? code;
  const exportsSaving = Buffer.byteLength(code) - Buffer.byteLength(inlined);
  const hintBytes = Buffer.byteLength(compileHint.COMPILE_HINT);
  const shipped = Buffer.byteLength(inlined) + stubBytes + hintBytes;
  const byFile = Object.entries(explored.files)
    .filter(([name]) => name !== "[sourceMappingURL]")
    .map(([name, { size }]) => /** @type {[string, number]} */ ([sourceName(name), name === "[EOLs]" ? size - 1 : size]))
    .concat([["(pcf-scripts) registration stub", stubBytes], ["(scripts/pcf.mjs) V8 compile hint", hintBytes]])
    .concat(exportsSaving > 0 ? [["(scripts/pcf.mjs) webpack's exports runtime, replaced by a plain object", -exportsSaving]] : [])
    .sort((a, b) => b[1] - a[1]);
  const attributed = byFile.reduce((sum, [, bytes]) => sum + bytes, 0);
  if (attributed !== shipped) throw new Error(`source-map-explorer accounted for ${attributed} of the ${shipped} bytes`);
  /** @type {Map<string, number>} */
  const byFolder = new Map();
  for (const [name, bytes] of byFile) byFolder.set(folderOf(name), (byFolder.get(folderOf(name)) ?? 0) + bytes);
  const kinds = kindsOfCode(code);
  const gzip = gzipShares(code, readFileSync(`${bundle}.map`, "utf8"));
  if (process.argv.includes("--json")) {
    const gzipByFile = Object.fromEntries(gzip);
    console.log(JSON.stringify({ shipped, registrationStub: stubBytes, byFile: Object.fromEntries(byFile), gzipByFile, byFolder: Object.fromEntries(byFolder), kinds }, null, 2));
  } else {
    console.log(`bundle.js as shipped: ${shipped.toLocaleString("en-US")} bytes, ${gzipSync(inlined).length.toLocaleString("en-US")} gzipped without the stub and the hint (webpack's output, pcf-scripts' registration stub of ${stubBytes} bytes and V8's compile hint of ${hintBytes})`);
    console.log("gzip share: how much smaller the gzipped bundle is without the file's code; what repeats elsewhere costs little there.");
    printTable(byFile, shipped, "source file", gzip);
    printTable([...byFolder].sort((a, b) => b[1] - a[1]), shipped, "folder");
    printTable(Object.entries(kinds).sort((a, b) => b[1] - a[1]), shipped, "kind of code (whole bundle)");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
