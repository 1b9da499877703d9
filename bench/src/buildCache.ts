import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "./pcfProject";

/** Build products of the bench (never committed): out/bench/cache. */
export const CACHE_DIR = join(repoRoot, "out", "bench", "cache");

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of everything a build reads, so a cached build is reused only while its inputs are unchanged. */
export function digestOf(relativePaths: readonly string[], extra = ""): string {
  const hash = createHash("sha256").update(extra);
  for (const file of relativePaths.flatMap((path) => filesUnder(join(repoRoot, path)))) {
    hash.update(relative(repoRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** A JSON value computed once per digest and kept in the cache folder. */
export async function cachedJson<T>(name: string, digest: string, compute: () => Promise<T>): Promise<{ value: T; cached: boolean }> {
  const path = join(CACHE_DIR, `${name}-${digest}.json`);
  if (existsSync(path)) return { value: JSON.parse(readFileSync(path, "utf8")) as T, cached: true };
  const value = await compute();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
  return { value, cached: false };
}
