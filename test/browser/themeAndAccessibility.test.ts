import { join } from "node:path";
import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { findRepoRoot } from "../../workbench/server/repoRoot";
import { setUpBrowserSuite } from "./support/browserSuite";
import { sessionItems, sessionList, waitForSessionCount } from "./support/hostPage";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const { everyday } = SAMPLE_ACCOUNTS;
const AXE_PATH = join(findRepoRoot(__dirname), "node_modules", "axe-core", "axe.min.js");

const suite = setUpBrowserSuite();

/** The relative luminance (0 black … 1 white) of the first opaque background behind an element. */
function backgroundLuminance(page: Page, selectorInList: string): Promise<number> {
  return page.evaluate((selector) => {
    let element: Element | null = document.querySelector(selector);
    while (element) {
      const color = getComputedStyle(element).backgroundColor;
      const channels = color.match(/[\d.]+/g)?.map(Number) ?? [];
      if (channels.length >= 3 && (channels[3] ?? 1) > 0) {
        const [r, g, b] = channels.slice(0, 3).map((channel) => {
          const value = channel / 255;
          return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      }
      element = element.parentElement;
    }
    return 1;
  }, selectorInList);
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

test("dark theme and the narrow side column render the list in dark, within 320 px", async () => {
  const { page, pageErrors } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await expect(backgroundLuminance(page, "[data-session-id]")).resolves.toBeGreaterThan(0.5);

  await page.getByLabel("Theme").selectOption({ label: "Dark" });
  await page.getByLabel("Form width").selectOption({ label: "Narrow side column (320 px)" });

  await expect(backgroundLuminance(page, "[data-session-id]")).resolves.toBeLessThan(0.1);
  const box = await list.boundingBox();
  expect(box?.width).toBeGreaterThan(200);
  expect(box?.width).toBeLessThanOrEqual(320);
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test.each([["light"], ["dark"]])("axe finds no serious or critical violations in the %s theme", async (theme) => {
  const { page } = await suite.openPage(`?theme=${theme}`);
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);

  await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  await page.close();
});
