import { assertBundleBuilt, compileHostPage } from "./support/workbench";

/** Once per run: the production bundle must exist, and the host page's client is compiled fresh. */
export default function globalSetup(): void {
  assertBundleBuilt();
  compileHostPage();
}
