import { launchChromium } from "../../../workbench/driver/chromium";
import type { LaunchedChromium } from "../../../workbench/driver/chromium";
import { resetEmulator } from "../../../workbench/driver/emulator";
import { openHostPage } from "../../../workbench/driver/hostPage";
import type { HostPage } from "../../../workbench/driver/hostPage";
import { startTestWorkbench } from "../../../workbench/driver/workbench";
import type { RunningWorkbench } from "../../../workbench/driver/workbench";

export interface BrowserSuite {
  /** The workbench this file's tests share; its sample data is fresh for every test. */
  readonly workbench: RunningWorkbench;
  /** One headless Chromium with a fresh profile for this file's tests. */
  readonly chromium: LaunchedChromium;
  /** Opens the workbench page in this suite's Chromium, e.g. `openPage("?record=<id>")`. */
  openPage(query?: string): Promise<HostPage>;
}

function started<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`The browser suite's ${name} is not running: read it inside a test or hook, not while the file loads`);
  return value;
}

/**
 * Registers the hooks every browser test file needs: start the workbench and Chromium once per file,
 * reset the emulator before each test (data, faults, latency, request log), close both at the end.
 */
export function setUpBrowserSuite(): BrowserSuite {
  let workbench: RunningWorkbench | undefined;
  let chromium: LaunchedChromium | undefined;

  beforeAll(async () => {
    workbench = await startTestWorkbench();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await workbench?.close();
  });

  beforeEach(() => resetEmulator(started(workbench, "workbench")));

  const suite: BrowserSuite = {
    get workbench() {
      return started(workbench, "workbench");
    },
    get chromium() {
      return started(chromium, "Chromium");
    },
    openPage: (query = "") => openHostPage(suite.chromium.context, suite.workbench, query),
  };
  return suite;
}
