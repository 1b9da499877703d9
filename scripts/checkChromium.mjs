// npm test's first step: the browser tests drive Debian's Chromium, and without it every one of them fails after
// minutes of type checking, linting and building. This finds Chromium the way workbench/driver/chromium.ts does
// (CHROMIUM_PATH when set, else `chromium` on PATH) and, when it is missing, stops at once with the command that
// installs it.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** @param {string} path */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium the browser tests will launch, or why there is none.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ found: string } | { missing: string }}
 */
function findChromium(env) {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    return existsSync(configured) ? { found: configured } : { missing: `CHROMIUM_PATH=${configured} does not exist.` };
  }
  for (const folder of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(folder, "chromium");
    if (isExecutableFile(candidate)) return { found: candidate };
  }
  return { missing: "Chromium was not found on PATH." };
}

/** @param {boolean} asRoot */
function installCommand(asRoot) {
  return asRoot ? "apt-get install -y chromium" : "sudo apt-get install -y chromium";
}

const result = findChromium(process.env);
if ("missing" in result) {
  const asRoot = process.getuid?.() === 0;
  console.error(
    [
      `[test] ${result.missing} The browser tests need Debian's Chromium; nothing was run.`,
      `[test] Install it, then run npm test again:`,
      ``,
      `    ${installCommand(asRoot)}`,
      ``,
      `[test] (or point CHROMIUM_PATH at a Chromium executable)`,
    ].join("\n"),
  );
  process.exit(1);
}
