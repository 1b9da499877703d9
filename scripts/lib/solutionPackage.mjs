// Packs the built control into the solution zip Dataverse imports, the layout MSBuild/SolutionPackager produce:
//   [Content_Types].xml, solution.xml, customizations.xml, Controls/<prefix>_<Namespace>.<Constructor>/…
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

  /** @type {Map<string, string | Buffer>} */
  const entries = new Map();
  entries.set("solution.xml", buildSolutionXml(readFileSync(files.solutionXml, "utf8"), { managed, controlSchemaName: schemaName }));
  entries.set(
    "customizations.xml",
    buildCustomizationsXml(
      { customizationsXml: readFileSync(files.customizationsXml, "utf8"), relationshipsXml: readFileSync(files.relationshipsXml, "utf8") },
      { controlSchemaName: schemaName, manifestEntry, baseLanguageCode: solution.baseLanguageCode },
    ),
  );
  for (const relativePath of control.files) {
    entries.set(`${controlFolder}/${relativePath}`, readFileSync(join(files.controlOutput, ...relativePath.split("/"))));
  }
  const contentTypes = buildContentTypesXml([...entries.keys()]);
  const orderedEntries = new Map([[CONTENT_TYPES_ENTRY, contentTypes], ...entries]);

  const zipPath = join(outDir ?? files.solutionBin, zipFileName(solution.uniqueName, solution.version, managed));
  mkdirSync(join(zipPath, ".."), { recursive: true });
  writeFileSync(zipPath, await zipEntries(orderedEntries));
  return { zipPath, entryNames: [...orderedEntries.keys()], version: solution.version };
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
  const sameControl = ["namespace", "constructorName", "version"].every((key) => manifest[key] === source[key]);
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
  return { manifest, files: [MANIFEST_FILE, ...resourcePaths] };
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
