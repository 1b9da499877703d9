/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { repositoryRoot, requireProductionBuild } from "./helpers/projectCopy";
import { packSolution } from "./helpers/solutionZip";

// Markers are string literals, which survive minification. Each list is proven against Microsoft's own
// builds of the platform libraries (shipped with pcf-start) so a marker that stops matching fails here.
const reactMarkers = ["__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED", "Minified React error", "react-dom"];
const fluentMarkers = ["fui-FluentProvider", "data-tabster", "data-make-styles-bucket"];
const developmentMarkers = ["eval(", "sourceURL=webpack", "eval-source-map"];
const platformLibrary = (file: string): string => readFileSync(join(repositoryRoot, "node_modules", "pcf-start", "lib", file), "utf8");

let bundle: string;
let outDir: string;

beforeAll(async () => {
  requireProductionBuild();
  outDir = mkdtempSync(join(tmpdir(), "related-sessions-bundle-"));
  const packed = await packSolution(repositoryRoot, outDir);
  bundle = await packed.text("Controls/rsess_RelatedSessions.RelatedSessions/bundle.js");
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("the bundle in the solution zip", () => {
  it("registers the control under its namespace and constructor", () => {
    expect(bundle).toContain("RelatedSessions.RelatedSessions");
  });

  it("starts with V8's compile hint, so Chrome and Edge compile the control while it downloads, not as it first runs", () => {
    expect(bundle.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
  });

  it("is the production build, not webpack's eval development build", () => {
    for (const marker of developmentMarkers) expect(bundle).not.toContain(marker);
  });

  it("uses the platform's React instead of carrying its own", () => {
    for (const marker of reactMarkers) expect(bundle).not.toContain(marker);
    expect(bundle).toContain("Reactv16");
  });

  it("uses the platform's Fluent UI instead of carrying its own", () => {
    for (const marker of fluentMarkers) expect(bundle).not.toContain(marker);
  });
});

describe("the markers that detect a bundled library", () => {
  it("each occur in a real build of React 16", () => {
    const react = platformLibrary("react_16_14_0.js");
    for (const marker of reactMarkers) expect(react).toContain(marker);
  });

  it("each occur in a real build of Fluent UI v9", () => {
    const fluent = platformLibrary("fluent_9_4_0.js");
    for (const marker of fluentMarkers) expect(fluent).toContain(marker);
  });
});
