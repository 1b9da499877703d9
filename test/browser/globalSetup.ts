import { assertBundleBuilt, compileHostPage } from "../../workbench/driver/workbench";

/** Once per run: the production bundle must exist, and the host page's client is compiled fresh. */
export default function globalSetup(): void {
  assertBundleBuilt();
  compileHostPage();
}
