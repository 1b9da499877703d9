import { join } from "node:path";
import type { Page } from "playwright-core";
import { findRepoRoot } from "../../../workbench/server/repoRoot";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const AXE_PATH = join(findRepoRoot(__dirname), "node_modules", "axe-core", "axe.min.js");

/**
 * axe-core's serious and critical findings on the whole page. Fluent's focus-trap helpers in an open menu
 * (`data-tabster-dummy`) are left out: they are focusable on purpose and hidden from screen readers, which axe's
 * aria-hidden-focus rule reports although it is how tabster keeps focus in the menu.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}
