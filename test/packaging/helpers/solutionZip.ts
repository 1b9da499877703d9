import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runScript } from "./projectCopy";

export interface PackedSolution {
  zipPath: string;
  zip: JSZip;
  entryNames: string[];
  text(entryName: string): Promise<string>;
  bytes(entryName: string): Promise<Buffer>;
}

/** Packs the existing out/controls of the project at projectRoot into outDir and opens the zip. */
export async function packSolution(projectRoot: string, outDir: string, extraArgs: string[] = []): Promise<PackedSolution> {
  const run = runScript(projectRoot, "pack.mjs", ["--skip-build", "--out", outDir, ...extraArgs]);
  if (run.status !== 0) throw new Error(`pack failed (${run.status}):\n${run.output}`);
  const zipLine = /solution [\d.]+: (.+\.zip)$/m.exec(run.output);
  if (!zipLine) throw new Error(`pack did not name its zip:\n${run.output}`);
  const zipPath = join(outDir, zipLine[1].split(/[\\/]/).pop() ?? "");
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const entryNames = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);
  const entry = (entryName: string): JSZip.JSZipObject => {
    const found = zip.file(entryName);
    if (!found) throw new Error(`the zip has no entry ${entryName}; it has ${entryNames.join(", ")}`);
    return found;
  };
  return {
    zipPath,
    zip,
    entryNames,
    text: (entryName) => entry(entryName).async("string"),
    bytes: (entryName) => entry(entryName).async("nodebuffer"),
  };
}

export type XmlObject = Record<string, unknown>;

const alwaysArrays = new Set(["RootComponent", "CustomControl", "Language", "LocalizedName", "Description", "Default", "Override", "resx", "code"]);

/**
 * Parses XML into plain objects (attributes as "@_name"), failing on XML that is not well formed. A leading byte
 * order mark is skipped, as every XML parser does (MSBuild writes one before the zip's root XML files).
 */
export function parseXmlObject(xmlTextMaybeWithBom: string): XmlObject {
  const xmlText = xmlTextMaybeWithBom.replace(/^\uFEFF/, "");
  const validation = XMLValidator.validate(xmlText);
  if (validation !== true) throw new Error(`invalid XML: ${validation.err.msg} at line ${validation.err.line}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (tagName) => alwaysArrays.has(tagName),
  });
  return parser.parse(xmlText) as XmlObject;
}

/** Walks nested objects by key, throwing with the path that is missing. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const [index, key] of path.entries()) {
    if (current === null || typeof current !== "object" || !(key in current)) {
      throw new Error(`missing ${path.slice(0, index + 1).join("/")}`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function arrayAt(value: unknown, ...path: string[]): XmlObject[] {
  const found = at(value, ...path);
  if (!Array.isArray(found)) throw new Error(`${path.join("/")} is not a list`);
  return found as XmlObject[];
}
