import type { BuildOutcome, BuildStatus } from "./buildStatus";

export interface BuildSchedulerParts {
  /** Runs one build; resolves with its outcome (a rejection counts as a failed build). */
  build(): Promise<BuildOutcome>;
  publish(status: BuildStatus): void;
}

/**
 * One build at a time. A change that arrives while a build runs asks for exactly one more build after it, however
 * many changes arrive meanwhile, so the last build always starts after the last change.
 */
export class BuildScheduler {
  private running: Promise<void> | undefined;
  private rebuildRequested = false;
  private stopped = false;
  private buildNumber = 0;

  constructor(private readonly parts: BuildSchedulerParts) {}

  request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rebuildRequested = true;
      return;
    }
    this.running = this.buildUntilCurrent().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves once no build runs or waits. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** No more builds start; resolves when the running one (if any) has ended. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.idle();
  }

  private async buildUntilCurrent(): Promise<void> {
    do {
      this.rebuildRequested = false;
      await this.buildOnce();
    } while (this.rebuildRequested && !this.stopped);
  }

  private async buildOnce(): Promise<void> {
    this.buildNumber += 1;
    const build = this.buildNumber;
    this.parts.publish({ state: "building", build, output: "" });
    const outcome = await this.parts.build().catch((error: unknown): BuildOutcome => ({ ok: false, output: error instanceof Error ? error.message : String(error) }));
    if (this.stopped) return;
    this.parts.publish(outcome.ok ? { state: "built", build, output: "" } : { state: "failed", build, output: outcome.output });
  }
}
