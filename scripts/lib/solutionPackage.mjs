// Packs the built control into the solution zip Dataverse imports, as MSBuild's solution packager writes it (see
// contentTypes.mjs for the pac-built zips this was compared with): entries in the order customizations.xml,
// solution.xml, Controls/<prefix>_<Namespace>.<Constructor>/ControlManifest.xml, the control's other files in ordinal
// order, [Content_Types].xml last; the three root XML files start with a UTF-8 byte order mark, the control's files
// are packed as pcf-scripts wrote them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import JSZip from "jszip";
import { findBundleProblems } from "./bundleCheck.mjs";
import { buildContentTypesXml, CONTENT_TYPES_ENTRY } from "./contentTypes.mjs";
import { readControlManifest } from "./controlManifest.mjs";
import { buildCustomizationsXml } from "./customizationsXml.mjs";
import { findVersionDrift, readProductVersions } from "./productVersion.mjs";
import { projectFiles } from "./projectFiles.mjs";
import { buildSolutionXml } from "./solutionXml.mjs";
import { controlSchemaName, readSolutionIdentity } from "./solutionSource.mjs";

const MANIFEST_FILE = "ControlManifest.xml";
const UTF8_BOM = "\uFEFF";
/** Webpack's production build moves the license comments of a bundle into <bundle>.LICENSE.txt beside it. */
const LICENSE_SUFFIX = ".LICENSE.txt";

/**
 * @param {{ root: string, managed?: boolean, outDir?: string }} options
 * @returns {Promise<{ zipPath: string, entryNames: string[], version: string }>}
 */
export async function packSolution({ root, managed = false, outDir }) {
  const files = projectFiles(root);
  const drift = findVersionDrift(readProductVersions(files));
  if (drift.length > 0) throw new Error(`versions disagree:\n  ${drift.join("\n  ")}\nfix them or run npm run version:bump`);

  const solution = readSolutionIdentity(files.solutionXml);
  const control = readBuiltControl(files);
  const schemaName = controlSchemaName(solution.publisherPrefix, control.manifest);
  const controlFolder = `Controls/${schemaName}`;
  const manifestEntry = `${controlFolder}/${MANIFEST_FILE}`;

  const customizations = buildCustomizationsXml(
    { customizationsXml: readFileSync(files.customizationsXml, "utf8"), relationshipsXml: readFileSync(files.relationshipsXml, "utf8") },
    { controlSchemaName: schemaName, manifestEntry, baseLanguageCode: solution.baseLanguageCode },
  );
  /** @type {Map<string, string | Buffer>} */
  const entries = new Map([
    ["customizations.xml", UTF8_BOM + customizations],
    ["solution.xml", UTF8_BOM + buildSolutionXml(readFileSync(files.solutionXml, "utf8"), { managed, controlSchemaName: schemaName })],
  ]);
  for (const relativePath of control.files) {
    entries.set(`${controlFolder}/${relativePath}`, readFileSync(join(files.controlOutput, ...relativePath.split("/"))));
  }
  entries.set(CONTENT_TYPES_ENTRY, UTF8_BOM + buildContentTypesXml([...entries.keys()], [manifestEntry]));

  const zipPath = join(outDir ?? files.solutionBin, zipFileName(solution.uniqueName, solution.version, managed));
  mkdirSync(join(zipPath, ".."), { recursive: true });
  writeFileSync(zipPath, await zipEntries(entries));
  return { zipPath, entryNames: [...entries.keys()], version: solution.version };
}

/** @param {string} uniqueName @param {string} version @param {boolean} managed */
export function zipFileName(uniqueName, version, managed) {
  return `${uniqueName}_${version.replace(/\./g, "_")}${managed ? "_managed" : ""}.zip`;
}

/**
 * The pcf-scripts output, checked against the sources so a stale or development build is never packed.
 * @param {ReturnType<typeof projectFiles>} files
 */
function readBuiltControl(files) {
  const builtManifestPath = join(files.controlOutput, MANIFEST_FILE);
  if (!existsSync(builtManifestPath)) throw new Error(`${builtManifestPath} is missing: run npm run build:prod first`);
  const manifest = readControlManifest(builtManifestPath);
  const source = readControlManifest(files.manifestInput);
  const identity = /** @type {const} */ (["namespace", "constructorName", "version"]);
  const sameControl = identity.every((key) => manifest[key] === source[key]);
  if (!sameControl) throw new Error("out/controls was built from another manifest version: run npm run build:prod");

  const resourcePaths = manifest.resources.map((resource) => posix.normalize(resource.path.replace(/\\/g, "/")));
  for (const path of resourcePaths) {
    if (!existsSync(join(files.controlOutput, ...path.split("/")))) throw new Error(`out/controls/${path} (named in the manifest) is missing`);
  }
  checkEveryResxIsListed(files.controlOutput, resourcePaths);
  for (const resource of manifest.resources.filter((candidate) => candidate.kind === "code")) {
    const problems = findBundleProblems(readFileSync(join(files.controlOutput, resource.path), "utf8"));
    if (problems.length > 0) throw new Error(`${problems.join("\n")}\nrun npm run build:prod (or npm run pack without --skip-build)`);
  }
  const packedPaths = [...resourcePaths, ...licenseFilesOf(files.controlOutput, manifest.resources)].sort(ordinal);
  return { manifest, files: [MANIFEST_FILE, ...packedPaths] };
}

/**
 * The license files webpack wrote beside the code resources. scripts/pcf.mjs deletes them before every build, so one
 * that exists was written by the build that made this bundle.
 * @param {string} controlOutput @param {import("./controlManifest.mjs").ControlResource[]} resources
 */
function licenseFilesOf(controlOutput, resources) {
  return resources
    .filter((resource) => resource.kind === "code")
    .map((resource) => `${posix.normalize(resource.path.replace(/\\/g, "/"))}${LICENSE_SUFFIX}`)
    .filter((path) => existsSync(join(controlOutput, ...path.split("/"))));
}

/** Ordinal (code unit) order, as MSBuild lists a folder's files; localeCompare would depend on the machine. @param {string} a @param {string} b */
function ordinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @param {string} controlOutput @param {string[]} resourcePaths */
function checkEveryResxIsListed(controlOutput, resourcePaths) {
  const stringsDir = join(controlOutput, "strings");
  if (!existsSync(stringsDir)) return;
  const unlisted = readdirSync(stringsDir)
    .filter((name) => name.endsWith(".resx"))
    .map((name) => `strings/${name}`)
    .filter((path) => !resourcePaths.includes(path));
  if (unlisted.length > 0) throw new Error(`resx files not listed in the manifest: ${unlisted.join(", ")}`);
}

/** @param {Map<string, string | Buffer>} entries */
async function zipEntries(entries) {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
