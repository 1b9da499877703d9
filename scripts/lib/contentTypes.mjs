// [Content_Types].xml: the Open Packaging Conventions part list Dataverse expects, one Default per extension.
import { buildXml, element } from "./xmlTree.mjs";

const CONTENT_TYPE_BY_EXTENSION = { xml: "text/xml" };
const DEFAULT_CONTENT_TYPE = "application/octet-stream";

export const CONTENT_TYPES_ENTRY = "[Content_Types].xml";

/** @param {string[]} entryNames zip entry names @returns {string} */
export function buildContentTypesXml(entryNames) {
  const extensions = [...new Set([CONTENT_TYPES_ENTRY, ...entryNames].map(extensionOf))].sort();
  const defaults = extensions.map((extension) =>
    element("Default", [], { Extension: extension, ContentType: CONTENT_TYPE_BY_EXTENSION[extension] ?? DEFAULT_CONTENT_TYPE }),
  );
  const declaration = element("?xml", [{ "#text": "" }], { version: "1.0", encoding: "utf-8" });
  const types = element("Types", defaults, { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" });
  return buildXml([declaration, types]);
}

/** @param {string} entryName */
function extensionOf(entryName) {
  const fileName = entryName.slice(entryName.lastIndexOf("/") + 1);
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) throw new Error(`zip entry "${entryName}" has no extension, so it has no content type`);
  return fileName.slice(dot + 1).toLowerCase();
}
