import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The repository root, found by walking up from this file: the server runs both from its TypeScript source
 * (tests, through ts-jest) and compiled into out/workbench/server (npm start).
 */
export function findRepoRoot(startDirectory: string = __dirname): string {
  let directory = startDirectory;
  while (!existsSync(join(directory, "package.json"))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${startDirectory}`);
    directory = parent;
  }
  return directory;
}
