import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { BuildOutcome } from "./buildStatus";

/**
 * pcf-scripts' development build through scripts/pcf.mjs, the same command as npm run build: it switches telemetry
 * off, turns pcf-scripts' silent failures into exit code 1 and leaves no bundle behind a failed build. Its output
 * goes to the terminal as it comes and, for a failed build, to the page.
 */
export class DevelopmentBuild {
  private child: ChildProcess | undefined;

  constructor(private readonly repoRoot: string, private readonly terminal: NodeJS.WritableStream = process.stdout) {}

  run(): Promise<BuildOutcome> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [join(this.repoRoot, "scripts", "pcf.mjs"), "build"], { cwd: this.repoRoot, stdio: ["ignore", "pipe", "pipe"] });
      this.child = child;
      let output = "";
      const collect = (chunk: Buffer): void => {
        output += chunk.toString();
        this.terminal.write(chunk);
      };
      child.stdout?.on("data", collect);
      child.stderr?.on("data", collect);
      child.on("error", (error) => {
        output += error.message;
      });
      child.on("close", (code) => {
        this.child = undefined;
        // The terminal gets pcf-scripts' and webpack's colours; the page gets plain text.
        resolve({ ok: code === 0, output: stripVTControlCharacters(output) });
      });
    });
  }

  /** Stops a running build (scripts/pcf.mjs passes the signal on to pcf-scripts). */
  cancel(): void {
    this.child?.kill("SIGTERM");
  }
}
