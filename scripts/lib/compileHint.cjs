// CommonJS, so that scripts/pcf.mjs imports it and the bench (compiled to CommonJS) requires it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFileSync, writeFileSync } = require("node:fs");

/**
 * V8 (Chrome and Edge 136 and later) compiles every function of a script that starts with this comment while the
 * script downloads, on a background thread, instead of on the main thread when each function first runs
 * (https://v8.dev/blog/explicit-compile-hints). Nearly all of the control's code runs on its first form load: its
 * first rows then cost their render, not the compilation of the code that renders them. Other browsers read a comment.
 */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Puts the hint at the start of a built bundle (the comment works only there), once. */
function addCompileHint(bundlePath) {
  const text = readFileSync(bundlePath, "utf8");
  if (!text.startsWith(COMPILE_HINT)) writeFileSync(bundlePath, COMPILE_HINT + text);
}

module.exports = { COMPILE_HINT, addCompileHint };
