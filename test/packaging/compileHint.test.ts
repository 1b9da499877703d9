/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { COMPILE_HINT, addCompileHint } from "../../scripts/lib/compileHint.cjs";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "related-sessions-hint-"));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("addCompileHint", () => {
  it("puts V8's magic comment on the bundle's first line, where V8 reads it, before the license banner", () => {
    const bundle = join(folder, "bundle.js");
    writeFileSync(bundle, "/*! For license information please see bundle.js.LICENSE.txt */\nvar a=1;");
    addCompileHint(bundle);
    expect(readFileSync(bundle, "utf8")).toBe("//# allFunctionsCalledOnLoad\n/*! For license information please see bundle.js.LICENSE.txt */\nvar a=1;");
  });

  it("adds it once, however often a build step runs over the same bundle", () => {
    const bundle = join(folder, "bundle.js");
    writeFileSync(bundle, "var a=1;");
    addCompileHint(bundle);
    addCompileHint(bundle);
    expect(readFileSync(bundle, "utf8")).toBe(`${COMPILE_HINT}var a=1;`);
  });
});
