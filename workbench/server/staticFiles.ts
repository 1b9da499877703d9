import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, normalize, sep } from "node:path";
import { contentTypeOf } from "./contentTypes";

/** A URL prefix served from one directory, or a single URL served from one file. */
export interface StaticMount {
  urlPrefix: string;
  directory: string;
}

export interface StaticFile {
  urlPath: string;
  filePath: string;
}

export interface StaticRoutes {
  files: StaticFile[];
  mounts: StaticMount[];
}

/** Resolves a URL path inside a mount, or undefined when it would leave the mount's directory. */
export function resolveInsideMount(mount: StaticMount, urlPath: string): string | undefined {
  if (!urlPath.startsWith(mount.urlPrefix)) return undefined;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(urlPath.slice(mount.urlPrefix.length));
  } catch {
    return undefined;
  }
  if (relativePath.includes("\0")) return undefined;
  const root = normalize(mount.directory + sep);
  const candidate = normalize(join(root, relativePath));
  return candidate.startsWith(root) && candidate !== root ? candidate : undefined;
}

export function resolveStaticPath(routes: StaticRoutes, urlPath: string): string | undefined {
  const file = routes.files.find((entry) => entry.urlPath === urlPath);
  if (file) return file.filePath;
  for (const mount of routes.mounts) {
    const resolved = resolveInsideMount(mount, urlPath);
    if (resolved) return resolved;
  }
  return undefined;
}

/** Serves a static file for GET/HEAD; resolves false when no route matches so the caller can answer 404. */
export async function serveStatic(routes: StaticRoutes, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const urlPath = new URL(req.url ?? "/", "http://workbench").pathname;
  const filePath = resolveStaticPath(routes, urlPath);
  if (!filePath) return false;
  const info = await stat(filePath).catch(() => undefined);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    "Content-Type": contentTypeOf(filePath),
    "Content-Length": info.size,
    // The bundle and the client change on every build: never let the browser keep a stale copy.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(filePath).on("error", reject).on("end", resolve).pipe(res);
  });
  return true;
}
