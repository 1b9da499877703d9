// Refuses bundles that must never ship: a development build, or one that carries its own React or Fluent
// (the platform serves both; a bundled copy bloats the control and breaks hooks across copies).

/** Text that only a development webpack build contains (devtool "eval"). */
const DEVELOPMENT_BUILD_MARKERS = ["eval(", "sourceURL=webpack"];

/** String literals that survive minification of React / ReactDOM. */
export const REACT_MARKERS = ["__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED", "react-dom", "Minified React error"];

/** String literals of Fluent v9's runtime: its provider class, tabster focus management, griffel's style buckets. */
export const FLUENT_MARKERS = ["fui-FluentProvider", "data-tabster", "data-make-styles-bucket"];

/** @param {string} bundleText @returns {string[]} */
export function findBundleProblems(bundleText) {
  const found = (/** @type {string[]} */ markers) => markers.filter((marker) => bundleText.includes(marker));
  const problems = [];
  const development = found(DEVELOPMENT_BUILD_MARKERS);
  if (development.length > 0) problems.push(`bundle.js is a development build (contains ${development.join(", ")})`);
  const react = found(REACT_MARKERS);
  if (react.length > 0) problems.push(`bundle.js contains React (${react.join(", ")}); the platform library must stay external`);
  const fluent = found(FLUENT_MARKERS);
  if (fluent.length > 0) problems.push(`bundle.js contains Fluent UI (${fluent.join(", ")}); the platform library must stay external`);
  return problems;
}
