// One version for the product. The rule (docs/packaging.md):
//   control version (ControlManifest.Input.xml)   a.b.c
//   package.json / package-lock.json version       a.b.c   (equal to the control version)
//   solution version (Solution.xml)                a.b.c.d (first three parts equal the control version;
//                                                           d counts solution-only rebuilds, 0 after a bump)
// Dataverse only replaces a control whose manifest version increased, so every release moves a.b.c.
import { readFileSync, writeFileSync } from "node:fs";
import { readControlManifest } from "./controlManifest.mjs";
import { readSolutionIdentity } from "./solutionSource.mjs";

const CONTROL_VERSION = /^\d+\.\d+\.\d+$/;
const SOLUTION_VERSION = /^\d+\.\d+\.\d+\.\d+$/;
export const BUMP_PARTS = ["major", "minor", "patch"];

/**
 * @typedef {{ manifest: string, solution: string, packageJson: string, packageLock: string, packageLockRoot: string }} ProductVersions
 * @typedef {ReturnType<typeof import("./projectFiles.mjs").projectFiles>} ProjectFiles
 */

/** @param {ProjectFiles} files @returns {ProductVersions} */
export function readProductVersions(files) {
  const packageLock = readJson(files.packageLock);
  return {
    manifest: readControlManifest(files.manifestInput).version,
    solution: readSolutionIdentity(files.solutionXml).version,
    packageJson: String(readJson(files.packageJson).version),
    packageLock: String(packageLock.version),
    packageLockRoot: String(packageLock.packages?.[""]?.version),
  };
}

/** @param {ProductVersions} versions @returns {string[]} what disagrees with the rule, empty when all agree */
export function findVersionDrift(versions) {
  const control = versions.manifest;
  if (!CONTROL_VERSION.test(control)) return [`control version "${control}" in ControlManifest.Input.xml is not a.b.c`];
  const problems = [];
  if (!SOLUTION_VERSION.test(versions.solution)) {
    problems.push(`solution version "${versions.solution}" in Solution.xml is not a.b.c.d`);
  } else if (controlPartOf(versions.solution) !== control) {
    problems.push(`solution version ${versions.solution} does not start with the control version ${control}`);
  }
  const packageVersions = [
    ["package.json version", versions.packageJson],
    ["package-lock.json version", versions.packageLock],
    ['package-lock.json packages[""].version', versions.packageLockRoot],
  ];
  for (const [label, version] of packageVersions) {
    if (version !== control) problems.push(`${label} ${version} differs from the control version ${control}`);
  }
  return problems;
}

/** @param {string} solutionVersion a.b.c.d @returns {string} a.b.c */
export function controlPartOf(solutionVersion) {
  return solutionVersion.split(".").slice(0, 3).join(".");
}

/** @param {string} controlVersion @param {string} part major | minor | patch @returns {string} */
export function nextVersion(controlVersion, part) {
  if (!CONTROL_VERSION.test(controlVersion)) throw new Error(`"${controlVersion}" is not a version a.b.c`);
  const [major, minor, patch] = controlVersion.split(".").map(Number);
  if (part === "major") return `${major + 1}.0.0`;
  if (part === "minor") return `${major}.${minor + 1}.0`;
  if (part === "patch") return `${major}.${minor}.${patch + 1}`;
  throw new Error(`unknown version part "${part}" (use ${BUMP_PARTS.join(", ")})`);
}

/**
 * Writes one control version into every file that carries it, editing only the version text so the files keep
 * their layout and comments.
 * @param {ProjectFiles} files @param {string} controlVersion
 */
export function writeProductVersion(files, controlVersion) {
  replaceOnce(files.manifestInput, /(<control\b[^>]*?\sversion=")([^"]*)(")/, controlVersion);
  replaceOnce(files.solutionXml, /(<Version>)([^<]*)(<\/Version>)/, `${controlVersion}.0`);
  updateJson(files.packageJson, (json) => {
    json.version = controlVersion;
  });
  updateJson(files.packageLock, (json) => {
    json.version = controlVersion;
    if (json.packages?.[""]) json.packages[""].version = controlVersion;
  });
}

/** @param {string} path @param {RegExp} pattern with three groups: before, value, after @param {string} value */
function replaceOnce(path, pattern, value) {
  const text = readFileSync(path, "utf8");
  if (!pattern.test(text)) throw new Error(`${path}: no version found to replace`);
  writeFileSync(path, text.replace(pattern, (_match, before, _old, after) => `${before}${value}${after}`));
}

/** @param {string} path */
function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** @param {string} path @param {(json: any) => void} change */
function updateJson(path, change) {
  const text = readFileSync(path, "utf8");
  const json = JSON.parse(text);
  change(json);
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
  writeFileSync(path, JSON.stringify(json, null, indent) + (text.endsWith("\n") ? "\n" : ""));
}
