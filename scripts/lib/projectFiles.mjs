// Where the sources of truth live, relative to a project root (the repository, or a temporary copy in tests).
import { join } from "node:path";

/** @param {string} root */
export function projectFiles(root) {
  return {
    root,
    packageJson: join(root, "package.json"),
    packageLock: join(root, "package-lock.json"),
    manifestInput: join(root, "ControlManifest.Input.xml"),
    solutionXml: join(root, "Solution", "src", "Other", "Solution.xml"),
    customizationsXml: join(root, "Solution", "src", "Other", "Customizations.xml"),
    relationshipsXml: join(root, "Solution", "src", "Other", "Relationships.xml"),
    controlOutput: join(root, "out", "controls"),
    solutionBin: join(root, "Solution", "bin"),
  };
}
