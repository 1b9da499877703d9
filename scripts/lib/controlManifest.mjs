// Reads a control manifest (ControlManifest.Input.xml or pcf-scripts' processed ControlManifest.xml).
import { readFileSync } from "node:fs";
import { attributeOf, childrenOf, parseXml, requireElement, tagOf } from "./xmlTree.mjs";

/**
 * @typedef {{ kind: string, path: string }} ControlResource
 * @typedef {{ namespace: string, constructorName: string, version: string, resources: ControlResource[] }} ControlManifest
 */

/** @param {string} manifestPath @returns {ControlManifest} */
export function readControlManifest(manifestPath) {
  const control = requireElement(parseXml(readFileSync(manifestPath, "utf8")), ["manifest", "control"], manifestPath);
  const resources = requireElement(childrenOf(control), ["resources"], manifestPath);
  return {
    namespace: requiredAttribute(control, "namespace", manifestPath),
    constructorName: requiredAttribute(control, "constructor", manifestPath),
    version: requiredAttribute(control, "version", manifestPath),
    resources: childrenOf(resources)
      .map((node) => ({ kind: tagOf(node) ?? "", path: attributeOf(node, "path") ?? "" }))
      .filter((resource) => resource.path !== ""),
  };
}

/** @param {import("./xmlTree.mjs").XmlNode} node @param {string} name @param {string} fileLabel */
function requiredAttribute(node, name, fileLabel) {
  const value = attributeOf(node, name);
  if (!value) throw new Error(`${fileLabel}: <control> has no ${name} attribute`);
  return value;
}
