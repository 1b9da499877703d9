// solution.xml of the zip: Solution/src/Other/Solution.xml with the package flavour and the control as root component.
import {
  childrenOf, element, findElement, parseXml, buildXml, replaceChildren, requireElement, textElement,
} from "./xmlTree.mjs";

const CUSTOM_CONTROL_COMPONENT_TYPE = "66";

/**
 * @param {string} solutionSourceXml text of Solution/src/Other/Solution.xml
 * @param {{ managed: boolean, controlSchemaName: string }} options
 * @returns {string}
 */
export function buildSolutionXml(solutionSourceXml, { managed, controlSchemaName }) {
  const tree = parseXml(solutionSourceXml);
  const manifest = requireElement(tree, ["ImportExportXml", "SolutionManifest"], "Solution.xml");
  const children = childrenOf(manifest);

  replaceChildren(requireElement(children, ["Managed"], "Solution.xml"), childrenOf(textElement("Managed", managed ? "1" : "0")));
  const rootComponent = element("RootComponent", [], {
    type: CUSTOM_CONTROL_COMPONENT_TYPE,
    schemaName: controlSchemaName,
    behavior: "0",
  });
  replaceChildren(requireOrAppend(children, "RootComponents"), [rootComponent]);
  replaceChildren(requireOrAppend(children, "MissingDependencies"), []);
  return buildXml(tree);
}

/** @param {import("./xmlTree.mjs").XmlNode[]} children @param {string} tag */
function requireOrAppend(children, tag) {
  const existing = findElement(children, tag);
  if (existing) return existing;
  const created = element(tag);
  children.push(created);
  return created;
}

