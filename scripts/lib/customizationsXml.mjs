// customizations.xml of the zip: Customizations.xml plus the control and the relationships kept apart in
// Relationships.xml (what SolutionPackager merges back in).
import {
  childrenOf, element, elementsNamed, parseXml, buildXml, replaceChildren, requireElement, textElement, textOf,
} from "./xmlTree.mjs";

/**
 * @param {{ customizationsXml: string, relationshipsXml: string }} sources
 * @param {{ controlSchemaName: string, manifestEntry: string, baseLanguageCode: number }} control
 * @returns {string}
 */
export function buildCustomizationsXml(sources, { controlSchemaName, manifestEntry, baseLanguageCode }) {
  const tree = parseXml(sources.customizationsXml);
  const root = childrenOf(requireElement(tree, ["ImportExportXml"], "Customizations.xml"));

  const customControl = element("CustomControl", [
    textElement("Name", controlSchemaName),
    textElement("FileName", `/${manifestEntry}`),
  ]);
  replaceChildren(requireElement(root, ["CustomControls"], "Customizations.xml"), [customControl]);

  const relationships = requireElement(root, ["EntityRelationships"], "Customizations.xml");
  replaceChildren(relationships, [...childrenOf(relationships), ...relationshipsFrom(sources.relationshipsXml)]);

  // <Languages> names the languages of the solution's own labels, as a pac-built zip keeps them from
  // Customizations.xml, never the control's resx languages: those ship as files the platform picks from for the
  // user. Listing them makes an import into an environment without those languages warn "Translated labels for the
  // following languages could not be imported because they have not been enabled for this organization"
  // (learn.microsoft.com/power-platform/alm/create-solutions-support-multiple-languages; seen in
  // github.com/stuartridout/promptbuddy/issues/13).
  const languagesElement = requireElement(root, ["Languages"], "Customizations.xml");
  const listed = elementsNamed(childrenOf(languagesElement), "Language").map((language) => Number(textOf(language).trim()));
  const languageCodes = [...new Set([baseLanguageCode, ...listed])];
  replaceChildren(languagesElement, languageCodes.map((code) => textElement("Language", String(code))));
  return buildXml(tree);
}

/** @param {string} relationshipsXml */
function relationshipsFrom(relationshipsXml) {
  const container = requireElement(parseXml(relationshipsXml), ["EntityRelationships"], "Relationships.xml");
  return elementsNamed(childrenOf(container), "EntityRelationship");
}
