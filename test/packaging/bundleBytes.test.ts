/** @jest-environment node */
import { spawnSync } from "child_process";
import { statSync } from "fs";
import { join } from "path";
import { COMPILE_HINT } from "../../scripts/lib/compileHint.cjs";
import { repositoryRoot, requireProductionBuild } from "./helpers/projectCopy";

interface BytesReport {
  shipped: number;
  registrationStub: number;
  byFile: Record<string, number>;
  gzipByFile: Record<string, number>;
  byFolder: Record<string, number>;
}

// npm run bytes builds the control once more, with a source map, through pcf-scripts' webpack configuration.
jest.setTimeout(240_000);

let report: BytesReport;

beforeAll(() => {
  requireProductionBuild();
  const run = spawnSync(process.execPath, [join(repositoryRoot, "scripts", "bundleBytes.mjs"), "--json"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1", APPLICATION_INSIGHTS_NO_STATSBEAT: "1" },
  });
  if (run.status !== 0) throw new Error(`npm run bytes failed:\n${run.stdout}${run.stderr}`);
  report = JSON.parse(run.stdout) as BytesReport;
});

describe("npm run bytes", () => {
  it("measures the bundle npm run build:prod wrote, byte for byte", () => {
    expect(report.shipped).toBe(statSync(join(repositoryRoot, "out", "controls", "bundle.js")).size);
  });

  it("gives every byte to one source file, the webpack runtime, pcf-scripts' registration stub or V8's compile hint", () => {
    const attributed = Object.values(report.byFile).reduce((sum, bytes) => sum + bytes, 0);

    expect(attributed).toBe(report.shipped);
    expect(report.byFile["(pcf-scripts) registration stub"]).toBe(report.registrationStub);
    expect(report.byFile["(scripts/pcf.mjs) V8 compile hint"]).toBe(COMPILE_HINT.length);
    expect(report.byFile["src/index.ts"]).toBeGreaterThan(0);
    expect(report.byFile["src/ui/SessionsPanel.tsx"]).toBeGreaterThan(0);
  });

  it("gives each source file its gzip share: how much smaller the gzipped bundle is without its code", () => {
    const sources = (names: string[]) => names.filter((name) => name.startsWith("src/")).sort();
    expect(sources(Object.keys(report.gzipByFile))).toEqual(sources(Object.keys(report.byFile)));
    for (const [name, share] of Object.entries(report.gzipByFile)) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(report.byFile[name]);
    }
  });

  it("finds no file from node_modules in the bundle: React and Fluent come from the platform", () => {
    expect(Object.keys(report.byFile).filter((name) => name.includes("node_modules"))).toEqual([]);
  });
});
