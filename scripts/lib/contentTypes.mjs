// [Content_Types].xml, the Open Packaging Conventions part list, written the way MSBuild's solution packager writes it.
// What pac/MSBuild produce (solution zips built by Microsoft.PowerApps.MSBuild.Solution and committed to GitHub:
// shamak1/brreg-search Solutions/bin/Debug/Solutions.zip, built by pac 1.43.6 in 2025, and
// keijiinoue/D365ConnectionViewerPCF Solutions/bin/Debug/Solutions.zip; the same file unzipped in
// FranBellCast/JSMultiTagPCF):
//   <?xml version="1.0" encoding="utf-8"?><Types xmlns="…"><Default Extension="xml" ContentType="text/xml" />
//   <Default Extension="js" ContentType="application/octet-stream" /><Default Extension="txt" … /><Default
//   Extension="resx" … /><Override PartName="/Controls/<name>/ControlManifest.xml" ContentType="application/octet-stream" /></Types>
// on one line, preceded by a UTF-8 byte order mark (added where the zip is written): one Default per extension, in
// the order the parts first use it; xml is text/xml and every other extension (js, txt, resx, css, png)
// application/octet-stream; each control's manifest gets an Override to application/octet-stream.

const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";
const CONTENT_TYPE_BY_EXTENSION = new Map([["xml", "text/xml"]]);
const OCTET_STREAM = "application/octet-stream";

export const CONTENT_TYPES_ENTRY = "[Content_Types].xml";

/**
 * @param {string[]} entryNames zip entry names, in the order they are written
 * @param {string[]} octetStreamEntries entries MSBuild overrides to application/octet-stream (the control manifests)
 * @returns {string}
 */
export function buildContentTypesXml(entryNames, octetStreamEntries) {
  const extensions = [...new Set([...entryNames, CONTENT_TYPES_ENTRY].map(extensionOf))];
  const defaults = extensions.map((extension) => emptyElement("Default", { Extension: extension, ContentType: CONTENT_TYPE_BY_EXTENSION.get(extension) ?? OCTET_STREAM }));
  const overrides = octetStreamEntries.map((entryName) => emptyElement("Override", { PartName: `/${entryName}`, ContentType: OCTET_STREAM }));
  return `<?xml version="1.0" encoding="utf-8"?><Types xmlns="${CONTENT_TYPES_NAMESPACE}">${[...defaults, ...overrides].join("")}</Types>`;
}

/** @param {string} entryName */
function extensionOf(entryName) {
  const fileName = entryName.slice(entryName.lastIndexOf("/") + 1);
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) throw new Error(`zip entry "${entryName}" has no extension, so it has no content type`);
  return fileName.slice(dot + 1).toLowerCase();
}

/** @param {string} tag @param {Record<string, string>} attributes */
function emptyElement(tag, attributes) {
  const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  return `<${tag}${written.join("")} />`;
}

/** @param {string} value */
function escapeAttribute(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
