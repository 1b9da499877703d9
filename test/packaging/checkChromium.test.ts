/** @jest-environment node */
import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { repositoryRoot } from "./helpers/projectCopy";

const script = join(repositoryRoot, "scripts", "checkChromium.mjs");
const expectedInstallCommand = process.getuid?.() === 0 ? "apt-get install -y chromium" : "sudo apt-get install -y chromium";

function checkChromium(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [script], { cwd: repositoryRoot, encoding: "utf8", env });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("npm test's Chromium preflight", () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "related-sessions-chromium-check-"));
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function fakeChromium(name = "chromium"): string {
    const path = join(folder, name);
    writeFileSync(path, "#!/bin/sh\n");
    chmodSync(path, 0o755);
    return path;
  }

  it("runs before the type check, lint, build and every test", () => {
    const scripts = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(scripts.test.split(" && ")[0]).toBe("node scripts/checkChromium.mjs");
  });

  it("without Chromium on PATH stops with exit code 1 and the exact command that installs it", () => {
    const result = checkChromium({ PATH: folder });

    expect(result.status).toBe(1);
    expect(result.output).toContain(`\n    ${expectedInstallCommand}\n`);
    expect(result.output).toContain("nothing was run");
  });

  it("passes quietly when an executable chromium is on PATH", () => {
    fakeChromium();

    expect(checkChromium({ PATH: folder })).toEqual({ status: 0, output: "" });
  });

  it("does not take a chromium on PATH that cannot be executed", () => {
    chmodSync(fakeChromium(), 0o644);

    expect(checkChromium({ PATH: folder }).status).toBe(1);
  });

  it("honours CHROMIUM_PATH as the browser tests do, and stops when it names nothing", () => {
    const elsewhere = fakeChromium("chromium-browser");

    expect(checkChromium({ PATH: "", CHROMIUM_PATH: elsewhere })).toEqual({ status: 0, output: "" });
    const missing = checkChromium({ PATH: folder, CHROMIUM_PATH: join(folder, "absent") });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(`CHROMIUM_PATH=${join(folder, "absent")} does not exist.`);
    expect(missing.output).toContain(expectedInstallCommand);
  });
});
