// Writes generated/StringKeys.d.ts from the English resx: the StringKey union, so a typo in a resx key fails tsc
// instead of showing an agent the raw key. Run by scripts/pcf.mjs before every build and refreshTypes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { attributeOf, childrenOf, parseXml, requireElement, tagOf } from "./xmlTree.mjs";

export const ENGLISH_RESX = join("strings", "RelatedSessions.1033.resx");
export const STRING_KEYS_FILE = join("generated", "StringKeys.d.ts");

/** The names of the resx's <data> elements, in file order. @param {string} resxText @returns {string[]} */
export function resxKeys(resxText) {
  const root = requireElement(parseXml(resxText), ["root"], ENGLISH_RESX);
  return childrenOf(root)
    .filter((node) => tagOf(node) === "data")
    .map((node) => attributeOf(node, "name") ?? "")
    .filter((name) => name !== "");
}

/**
 * The declaration file: every key, and the plural keys by the part before `_<category>` (those with an `_other` form).
 * @param {string[]} keys @returns {string}
 */
export function stringKeysDeclaration(keys) {
  const union = (/** @type {string[]} */ names) => (names.length === 0 ? "never" : names.map((name) => JSON.stringify(name)).join("\n  | "));
  const plurals = keys.filter((key) => key.endsWith("_other")).map((key) => key.slice(0, -"_other".length));
  return [
    `// Generated from ${ENGLISH_RESX.split("\\").join("/")} by scripts/lib/stringKeys.mjs; do not edit.`,
    "/** A key of the control's resx strings. */",
    `export type StringKey =\n  | ${union(keys)};`,
    "/** A string with plural forms, named without its _<category> suffix (strings.plural). */",
    `export type PluralStringKey =\n  | ${union(plurals)};`,
    "",
  ].join("\n");
}

/**
 * Without the English resx there is nothing to write: pcf-scripts then reports the missing resource itself.
 * @param {string} root the project folder
 */
export function writeStringKeys(root) {
  const source = join(root, ENGLISH_RESX);
  if (!existsSync(source)) return;
  const target = join(root, STRING_KEYS_FILE);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, stringKeysDeclaration(resxKeys(readFileSync(source, "utf8"))));
}
