// customizations.xml of the zip: Customizations.xml plus the control, the languages of its resx files and the
// relationships kept apart in Relationships.xml (what SolutionPackager merges back in).
import {
  childrenOf, element, elementsNamed, parseXml, buildXml, replaceChildren, requireElement, textElement,
} from "./xmlTree.mjs";

/**
 * @param {{ customizationsXml: string, relationshipsXml: string }} sources
 * @param {{ controlSchemaName: string, manifestEntry: string, languageCodes: number[] }} control
 * @returns {string}
 */
export function buildCustomizationsXml(sources, { controlSchemaName, manifestEntry, languageCodes }) {
  const tree = parseXml(sources.customizationsXml);
  const root = childrenOf(requireElement(tree, ["ImportExportXml"], "Customizations.xml"));

  const customControl = element("CustomControl", [
    textElement("Name", controlSchemaName),
    textElement("FileName", `/${manifestEntry}`),
  ]);
  replaceChildren(requireElement(root, ["CustomControls"], "Customizations.xml"), [customControl]);

  const relationships = requireElement(root, ["EntityRelationships"], "Customizations.xml");
  replaceChildren(relationships, [...childrenOf(relationships), ...relationshipsFrom(sources.relationshipsXml)]);

  const languages = languageCodes.map((code) => textElement("Language", String(code)));
  replaceChildren(requireElement(root, ["Languages"], "Customizations.xml"), languages);
  return buildXml(tree);
}

/** @param {string} relationshipsXml */
function relationshipsFrom(relationshipsXml) {
  const container = requireElement(parseXml(relationshipsXml), ["EntityRelationships"], "Relationships.xml");
  return elementsNamed(childrenOf(container), "EntityRelationship");
}
