// Moves the one product version everywhere it is written (see scripts/lib/productVersion.mjs for the rule).
//   node scripts/version-bump.mjs <patch|minor|major> [--root <dir>]   bump manifest, Solution.xml, package(-lock).json
//   node scripts/version-bump.mjs --check [--root <dir>]               exit 1 when the versions disagree
// --root points at another copy of the project (tests use a temporary one); default is this repository.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BUMP_PARTS, findVersionDrift, nextVersion, readProductVersions, writeProductVersion } from "./lib/productVersion.mjs";
import { projectFiles } from "./lib/projectFiles.mjs";

const usage = `usage: node scripts/version-bump.mjs <${BUMP_PARTS.join("|")}> [--root <dir>]\n       node scripts/version-bump.mjs --check [--root <dir>]`;

/** @param {string} message @param {number} [exitCode] @returns {never} */
function fail(message, exitCode = 1) {
  console.error(`[version] ${message}`);
  process.exit(exitCode);
}

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { check: { type: "boolean", default: false }, root: { type: "string" } },
    });
    const part = positionals[0];
    if (values.check ? positionals.length > 0 : positionals.length !== 1 || !BUMP_PARTS.includes(part)) fail(usage, 2);
    return { check: values.check, part, root: values.root ? resolve(values.root) : join(dirname(fileURLToPath(import.meta.url)), "..") };
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${usage}`, 2);
  }
}

/** @param {import("./lib/productVersion.mjs").ProductVersions} versions */
function describe(versions) {
  return [
    `  ControlManifest.Input.xml  ${versions.manifest}`,
    `  Solution.xml               ${versions.solution}`,
    `  package.json               ${versions.packageJson}`,
    `  package-lock.json          ${versions.packageLock} / ${versions.packageLockRoot}`,
  ].join("\n");
}

const { check, part, root } = parseCommandLine();
const files = projectFiles(root);
const versions = readProductVersions(files);
const drift = findVersionDrift(versions);
if (drift.length > 0) fail(`versions disagree:\n  ${drift.join("\n  ")}\n${describe(versions)}`);
if (check) {
  console.log(`[version] all versions agree\n${describe(versions)}`);
} else {
  const next = nextVersion(versions.manifest, part);
  writeProductVersion(files, next);
  const written = readProductVersions(files);
  const writtenDrift = findVersionDrift(written);
  if (writtenDrift.length > 0 || written.manifest !== next) fail(`the bump left the versions inconsistent:\n  ${writtenDrift.join("\n  ")}`);
  console.log(`[version] ${versions.manifest} -> ${next}\n${describe(written)}`);
}
