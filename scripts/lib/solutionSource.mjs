// Reads the solution's identity from Solution/src/Other/Solution.xml, the one place it is written down.
import { readFileSync } from "node:fs";
import { attributeOf, parseXml, requireElement, textOf } from "./xmlTree.mjs";

/**
 * @typedef {{ uniqueName: string, version: string, publisherUniqueName: string, publisherPrefix: string, baseLanguageCode: number }} SolutionIdentity
 */

/** @param {string} solutionXmlPath @returns {SolutionIdentity} */
export function readSolutionIdentity(solutionXmlPath) {
  const tree = parseXml(readFileSync(solutionXmlPath, "utf8"));
  const read = (/** @type {string[]} */ path) => {
    const value = textOf(requireElement(tree, ["ImportExportXml", "SolutionManifest", ...path], solutionXmlPath)).trim();
    if (value === "") throw new Error(`${solutionXmlPath}: <${path.join("/")}> is empty`);
    return value;
  };
  return {
    uniqueName: read(["UniqueName"]),
    version: read(["Version"]),
    publisherUniqueName: read(["Publisher", "UniqueName"]),
    publisherPrefix: read(["Publisher", "CustomizationPrefix"]),
    baseLanguageCode: Number(attributeOf(requireElement(tree, ["ImportExportXml"], solutionXmlPath), "languagecode") ?? 1033),
  };
}

/**
 * MSBuild's name for a control inside a solution: `<publisher prefix>_<namespace>.<constructor>`.
 * @param {string} publisherPrefix @param {{ namespace: string, constructorName: string }} control
 */
export function controlSchemaName(publisherPrefix, control) {
  return `${publisherPrefix}_${control.namespace}.${control.constructorName}`;
}
