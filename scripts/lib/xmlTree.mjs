// Helpers over fast-xml-parser's order-preserving tree: [{ TagName: [children], ":@": { "@_attr": "…" } }, { "#text": "…" }].
// The order of elements matters to Dataverse's import, so every XML file we rewrite goes through this shape.
import { XMLBuilder, XMLParser } from "fast-xml-parser";

const ATTRIBUTES = ":@";
const TEXT = "#text";
const ATTRIBUTE_PREFIX = "@_";

const sharedOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
};

/** @typedef {Record<string, unknown>} XmlNode */

/** @param {string} xmlText @returns {XmlNode[]} */
export function parseXml(xmlText) {
  return new XMLParser(sharedOptions).parse(xmlText);
}

/** @param {XmlNode[]} nodes @returns {string} */
export function buildXml(nodes) {
  const builder = new XMLBuilder({ ...sharedOptions, format: true, indentBy: "  ", suppressEmptyNode: true });
  return builder.build(nodes).replace(/^\s+/, "");
}

/** @param {XmlNode} node @returns {string | undefined} */
export function tagOf(node) {
  return Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT);
}

/** @param {XmlNode} node @returns {XmlNode[]} */
export function childrenOf(node) {
  const tag = tagOf(node);
  return tag ? /** @type {XmlNode[]} */ (node[tag]) : [];
}

/** @param {XmlNode[]} nodes @param {string} tag @returns {XmlNode[]} */
export function elementsNamed(nodes, tag) {
  return nodes.filter((node) => tagOf(node) === tag);
}

/** @param {XmlNode[]} nodes @param {string} tag @returns {XmlNode | undefined} */
export function findElement(nodes, tag) {
  return nodes.find((node) => tagOf(node) === tag);
}

/**
 * Follows a path of tag names from the given nodes and throws a message naming the file when a step is missing.
 * @param {XmlNode[]} nodes @param {string[]} path @param {string} fileLabel @returns {XmlNode}
 */
export function requireElement(nodes, path, fileLabel) {
  let current = nodes;
  let found;
  for (const tag of path) {
    found = findElement(current, tag);
    if (!found) throw new Error(`${fileLabel}: missing <${path.join("/")}> (no <${tag}>)`);
    current = childrenOf(found);
  }
  return /** @type {XmlNode} */ (found);
}

/** @param {XmlNode} node @returns {string} */
export function textOf(node) {
  return childrenOf(node)
    .map((child) => (TEXT in child ? String(child[TEXT]) : ""))
    .join("");
}

/** @param {XmlNode} node @param {string} name @returns {string | undefined} */
export function attributeOf(node, name) {
  const attributes = /** @type {Record<string, string> | undefined} */ (node[ATTRIBUTES]);
  return attributes?.[ATTRIBUTE_PREFIX + name];
}

/**
 * @param {string} tag @param {XmlNode[]} [children] @param {Record<string, string>} [attributes]
 * @returns {XmlNode}
 */
export function element(tag, children = [], attributes = {}) {
  /** @type {XmlNode} */
  const node = { [tag]: children };
  const entries = Object.entries(attributes);
  if (entries.length > 0) {
    node[ATTRIBUTES] = Object.fromEntries(entries.map(([name, value]) => [ATTRIBUTE_PREFIX + name, value]));
  }
  return node;
}

/** @param {string} tag @param {string} value @returns {XmlNode} */
export function textElement(tag, value) {
  return element(tag, [{ [TEXT]: value }]);
}

/** Replaces the children of an element in place. @param {XmlNode} node @param {XmlNode[]} children */
export function replaceChildren(node, children) {
  const tag = tagOf(node);
  if (!tag) throw new Error("cannot set the children of a text node");
  node[tag] = children;
}
