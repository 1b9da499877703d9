/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { inlineEntryExports } from "../../scripts/lib/entryExports.cjs";

/** webpack 5's exports runtime as terser writes it in our production bundle (pcf-scripts 1.51.1). */
const RUNTIME =
  'const e={d:(t,n)=>{for(var r in n)e.o(n,r)&&!e.o(t,r)&&Object.defineProperty(t,r,{enumerable:!0,get:n[r]})},o:(e,t)=>Object.prototype.hasOwnProperty.call(e,t),r:e=>{Object.defineProperties(e,{[Symbol.toStringTag]:{value:"Module"},__esModule:{value:!0}})}};let t={};';
const FOOTER = "\nvar RelatedSessions = RelatedSessions || {};\nRelatedSessions.RelatedSessions = pcf_tools_1.RelatedSessions;\n";

/** A production bundle's shape: the library variable, the runtime (or not), the entry's exports, code, the footer. */
function webpackBundle({ runtime = RUNTIME, definitions = "e.r(t),e.d(t,{RelatedSessions:()=>kr});", body = "" } = {}): string {
  return `var pcf_tools_1;(()=>{"use strict";${runtime}function n(e){return e.trim()}${definitions}${body}class kr{init(e){return n(e)}}pcf_tools_1=t})();${FOOTER}`;
}

/** The same bundle as terser may name it: "$e" the runtime, "$t" the exports, "$$k" the class. */
function dollarNamedBundle(body = ""): string {
  const runtime = RUNTIME.replace("const e=", "const $e=").replace(/e\.o\(/g, () => "$e.o(").replace("let t={};", "let $t={};");
  return webpackBundle({ runtime, definitions: "$e.r($t),$e.d($t,{RelatedSessions:()=>$$k});", body })
    .replace("class kr", () => "class $$k")
    .replace("pcf_tools_1=t}", "pcf_tools_1=$t}");
}

let folder: string;
let bundle: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "related-sessions-exports-"));
  bundle = join(folder, "bundle.js");
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** What the platform's loader finds: the constructor the registration footer reads. */
function registeredConstructor(code: string): unknown {
  const page: { RelatedSessions?: { RelatedSessions?: unknown } } = {};
  runInNewContext(`${code}\nthis.RelatedSessions = RelatedSessions;`, page);
  return page.RelatedSessions?.RelatedSessions;
}

describe("inlineEntryExports", () => {
  it.each([
    ["as terser names them in our bundle", webpackBundle(), "e.d(", "kr"],
    ['when terser names the runtime, the exports and the class with a "$"', dollarNamedBundle(), "$e.d(", "$$k"],
  ])("replaces webpack's exports runtime with the entry's one export, which the registration footer still finds, %s", (_, original, runtimeCall, className) => {
    writeFileSync(bundle, original);

    expect(inlineEntryExports(bundle)).toBe(true);

    const rewritten = readFileSync(bundle, "utf8");
    expect(rewritten).not.toContain("defineProperty");
    expect(rewritten).not.toContain(runtimeCall);
    expect(rewritten).toContain(`pcf_tools_1={RelatedSessions:${className}}})();`);
    expect(rewritten.length).toBeLessThan(original.length - 250);
    const constructor = registeredConstructor(rewritten) as new () => { init(text: string): string };
    expect(new constructor().init("  works ")).toBe("works");
    expect(typeof registeredConstructor(original)).toBe("function");
  });

  it.each([
    ["has no such runtime (another webpack, or a runtime with more in it)", webpackBundle({ runtime: RUNTIME.replace("o:(e,t)", "n:e=>e,o:(e,t)") })],
    [
      "exports two names",
      webpackBundle({ definitions: "e.r(t),e.d(t,{RelatedSessions:()=>kr,Other:()=>n});" }),
    ],
    [
      "calls the runtime elsewhere",
      webpackBundle({ body: "const m={};e.d(m,{x:()=>n});" }),
    ],
    ["calls a runtime whose name has a \"$\" elsewhere", dollarNamedBundle("const m={};$e.d(m,{x:()=>n});")],
  ])("leaves a bundle that %s as it is", (_, original) => {
    writeFileSync(bundle, original);

    expect(inlineEntryExports(bundle)).toBe(false);

    expect(readFileSync(bundle, "utf8")).toBe(original);
  });
});
