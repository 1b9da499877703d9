// CommonJS, so that scripts/pcf.mjs imports it and the bench (compiled to CommonJS) requires it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { existsSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addCompileHint } = require("./compileHint.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inlineEntryExports } = require("./entryExports.cjs");

/**
 * Webpack's production build (its TerserPlugin) moves every comment that starts with "/*!" out of the bundle into
 * `<bundle>.LICENSE.txt` and puts this banner in its place (https://webpack.js.org/plugins/terser-webpack-plugin/#extractcomments).
 */
const LICENSE_BANNER = /^\/\*! For license information please see [^\n]*? \*\/\n/m;

/**
 * pcf-scripts builds with webpack's `output.pathinfo`, which heads each module with a comment that also starts with
 * "/*!": "/*!*** ./src/index.ts + 72 modules ***!*\/", in a frame of asterisks.
 */
const MODULE_PATH_COMMENT = /\/\*!\*+!\*\\\s*!\*\*\* [^\n]* \*\*\*!\s*\\\*+\//g;

/**
 * When the license file holds nothing but module paths (no dependency's license is in the bundle: the control's
 * React and Fluent are platform libraries), deletes it and the banner, which every form would download for nothing.
 * A real license comment keeps both.
 * @param {string} bundlePath
 * @returns {boolean} whether it dropped them
 */
function dropPathOnlyLicenseFile(bundlePath) {
  const licensePath = `${bundlePath}.LICENSE.txt`;
  if (!existsSync(licensePath)) return false;
  if (readFileSync(licensePath, "utf8").replace(MODULE_PATH_COMMENT, "").trim() !== "") return false;
  const bundle = readFileSync(bundlePath, "utf8");
  writeFileSync(bundlePath, bundle.replace(LICENSE_BANNER, ""));
  rmSync(licensePath);
  return true;
}

/** What every production bundle gets after pcf-scripts writes it: ours (scripts/pcf.mjs) and each one the bench compares. */
function finishProductionBundle(bundlePath) {
  dropPathOnlyLicenseFile(bundlePath);
  inlineEntryExports(bundlePath);
  addCompileHint(bundlePath);
}

module.exports = { dropPathOnlyLicenseFile, finishProductionBundle };
