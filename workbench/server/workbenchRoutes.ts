import { join } from "node:path";
import type { StaticRoutes } from "./staticFiles";

/**
 * What the host page loads: its own HTML/CSS and compiled client, Microsoft's platform-library builds of
 * React and Fluent (the ones pcf-start ships), and the production control from out/controls.
 */
export function workbenchRoutes(repoRoot: string): StaticRoutes {
  const pcfStartLib = join(repoRoot, "node_modules", "pcf-start", "lib");
  const clientSource = join(repoRoot, "workbench", "client");
  return {
    files: [
      { urlPath: "/", filePath: join(clientSource, "index.html") },
      { urlPath: "/index.html", filePath: join(clientSource, "index.html") },
      { urlPath: "/workbench.css", filePath: join(clientSource, "workbench.css") },
      { urlPath: "/platform/react_16_14_0.js", filePath: join(pcfStartLib, "react_16_14_0.js") },
      { urlPath: "/platform/fluent_9_4_0.js", filePath: join(pcfStartLib, "fluent_9_4_0.js") },
    ],
    mounts: [
      { urlPrefix: "/client/", directory: join(repoRoot, "out", "workbench", "client") },
      { urlPrefix: "/controls/", directory: join(repoRoot, "out", "controls") },
    ],
  };
}
