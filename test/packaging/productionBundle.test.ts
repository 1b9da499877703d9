/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { dropPathOnlyLicenseFile, finishProductionBundle } from "../../scripts/lib/productionBundle.cjs";

/** What pcf-scripts' production build writes: webpack's module-path comment, moved out of the bundle by terser. */
const BANNER = "/*! For license information please see bundle.js.LICENSE.txt */\n";
const MODULE_PATHS = "/*!***********************************!*\\\n  !*** ./src/index.ts + 72 modules ***!\n  \\***********************************/\n";
const CODE = 'var pcf_tools_1;(()=>{"use strict";})();';

let folder: string;
let bundle: string;
let license: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "related-sessions-bundle-"));
  bundle = join(folder, "bundle.js");
  license = `${bundle}.LICENSE.txt`;
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("dropPathOnlyLicenseFile", () => {
  it("drops the banner and the license file when the file holds only webpack's module paths", () => {
    writeFileSync(bundle, BANNER + CODE);
    writeFileSync(license, MODULE_PATHS + MODULE_PATHS.replace("./src/index.ts + 72 modules", "external \"Fluent\""));

    expect(dropPathOnlyLicenseFile(bundle)).toBe(true);

    expect(readFileSync(bundle, "utf8")).toBe(CODE);
    expect(existsSync(license)).toBe(false);
  });

  it("keeps both when the file holds a license, beside module paths or alone", () => {
    for (const licenseText of [`${MODULE_PATHS}/** @license React v17.0.2 */\n`, "/*! tabster MIT License */\n"]) {
      writeFileSync(bundle, BANNER + CODE);
      writeFileSync(license, licenseText);

      expect(dropPathOnlyLicenseFile(bundle)).toBe(false);

      expect(readFileSync(bundle, "utf8")).toBe(BANNER + CODE);
      expect(readFileSync(license, "utf8")).toBe(licenseText);
    }
  });

  it("leaves a bundle without a license file as it is", () => {
    writeFileSync(bundle, CODE);

    expect(dropPathOnlyLicenseFile(bundle)).toBe(false);

    expect(readFileSync(bundle, "utf8")).toBe(CODE);
  });
});

describe("finishProductionBundle", () => {
  it("leaves the compile hint as the first line and no banner, however often it runs", () => {
    writeFileSync(bundle, BANNER + CODE);
    writeFileSync(license, MODULE_PATHS);

    finishProductionBundle(bundle);
    finishProductionBundle(bundle);

    expect(readFileSync(bundle, "utf8")).toBe(`//# allFunctionsCalledOnLoad\n${CODE}`);
  });

  it("keeps a licensed bundle's banner, after the compile hint", () => {
    writeFileSync(bundle, BANNER + CODE);
    writeFileSync(license, "/*! @license A bundled dependency's license */");

    finishProductionBundle(bundle);

    expect(readFileSync(bundle, "utf8")).toBe(`//# allFunctionsCalledOnLoad\n${BANNER}${CODE}`);
  });
});
