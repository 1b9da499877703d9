import { watch } from "chokidar";
import { join } from "node:path";

export interface SourceWatcher {
  close(): Promise<void>;
}

/** What a build reads from the project: the control's code, its strings and its manifest. */
export function watchedSources(repoRoot: string): string[] {
  return [join(repoRoot, "src"), join(repoRoot, "strings"), join(repoRoot, "ControlManifest.Input.xml")];
}

/**
 * Calls onChange once per burst of file events (an editor's save can write, rename and delete several files),
 * through chokidar's native file system events. Resolves when the initial scan is done.
 */
export function watchSources(repoRoot: string, onChange: () => void, quietMilliseconds = 200): Promise<SourceWatcher> {
  const watcher = watch(watchedSources(repoRoot), { ignoreInitial: true });
  let pending: NodeJS.Timeout | undefined;
  watcher.on("all", () => {
    clearTimeout(pending);
    pending = setTimeout(onChange, quietMilliseconds);
  });
  const close = async (): Promise<void> => {
    clearTimeout(pending);
    await watcher.close();
  };
  return new Promise((resolve, reject) => {
    watcher.once("ready", () => resolve({ close }));
    watcher.once("error", reject);
  });
}
