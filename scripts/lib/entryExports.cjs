// CommonJS, so that scripts/pcf.mjs imports it and the bench (compiled to CommonJS) requires it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFileSync, writeFileSync } = require("node:fs");

/**
 * The runtime webpack 5 writes, minified, when its one use is to expose the entry module's exports as a library
 * (pcf-scripts' `output.library`, a `var` named pcf_tools_<guid>): `r` marks the exports object as an ES module,
 * `d` defines each export as a getter, `o` is the own-property test `d` uses. Captures the runtime's name and the
 * exports object's, which terser may spell with a "$".
 */
const EXPORTS_RUNTIME =
  /const ([\w$]+)=\{d:\(t,n\)=>\{for\(var r in n\)\1\.o\(n,r\)&&!\1\.o\(t,r\)&&Object\.defineProperty\(t,r,\{enumerable:!0,get:n\[r\]\}\)\},o:\(e,t\)=>Object\.prototype\.hasOwnProperty\.call\(e,t\),r:e=>\{Object\.defineProperties\(e,\{\[Symbol\.toStringTag\]:\{value:"Module"\},__esModule:\{value:!0\}\}\)\}\};let ([\w$]+)=\{\};/;

/** A minified name as a pattern: "$" is one of its letters. */
function escaped(name) {
  return name.replace(/\$/g, "\\$");
}

/**
 * Replaces webpack's exports runtime with a plain object of the entry's one export, assigned where webpack assigns the
 * library: `pcf_tools_<guid>={RelatedSessions:kr}` instead of a module namespace object whose getter returns `kr`.
 * The registration footer pcf-scripts appends reads only `pcf_tools_<guid>.<constructor>`. About 150 bytes of gzip
 * that every form downloads. A bundle in any other shape (another webpack, more than one export, a runtime used for
 * more: the standard build's) is left as it is.
 * @param {string} text webpack's output
 * @returns {string | null} the rewritten bundle, or null when it is in another shape
 */
function inlineEntryExportsIn(text) {
  const runtime = EXPORTS_RUNTIME.exec(text);
  if (!runtime) return null;
  const [, runtimeName, exportsName] = runtime.map(escaped);
  const definition = new RegExp(`(?<![\\w$])${runtimeName}\\.r\\(${exportsName}\\),${runtimeName}\\.d\\(${exportsName},\\{(\\w+):\\(\\)=>([\\w$]+)\\}\\);`, "g");
  const library = new RegExp(`(pcf_tools_\\w+)=${exportsName}\\}\\)\\(\\);`, "g");
  const definitions = [...text.matchAll(definition)];
  const libraries = [...text.matchAll(library)];
  if (definitions.length !== 1 || libraries.length !== 1) return null;
  const [[definitionText, exportName, value]] = definitions;
  const [[libraryText, libraryName]] = libraries;
  const rewritten = text
    .replace(runtime[0], "")
    .replace(definitionText, "")
    // A function, so that a "$" in a name is never read as a replacement pattern ("$$", "$&").
    .replace(libraryText, () => `${libraryName}={${exportName}:${value}}})();`);
  // Code that still calls the runtime would fail when it runs; such a call and a parameter's own method of the same
  // name look alike, so either leaves the bundle as it is.
  return new RegExp(`(?<![\\w$])${runtimeName}\\.[dor]\\(`).test(rewritten) ? null : rewritten;
}

/**
 * inlineEntryExportsIn for a built bundle, in place.
 * @param {string} bundlePath
 * @returns {boolean} whether it rewrote the bundle
 */
function inlineEntryExports(bundlePath) {
  const rewritten = inlineEntryExportsIn(readFileSync(bundlePath, "utf8"));
  if (rewritten !== null) writeFileSync(bundlePath, rewritten);
  return rewritten !== null;
}

module.exports = { inlineEntryExports, inlineEntryExportsIn };
