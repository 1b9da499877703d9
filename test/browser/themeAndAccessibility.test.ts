import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { seriousAxeViolations } from "./support/axe";
import { setUpBrowserSuite } from "./support/browserSuite";
import { sessionItems, sessionList, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;

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

test.each([["light"], ["dark"], ["highContrast"]])("axe finds no serious or critical violations in the %s theme", async (theme) => {
  const { page } = await suite.openPage(`?theme=${theme}`);
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);

  await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  await page.close();
});

test("the host page's own style rules reach none of the control's elements, nor the menu it opens in the page", async () => {
  const { page } = await suite.openPage(`?record=${everyday.id}`);
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await page.locator("#control-container [aria-haspopup=menu]").first().click();
  await page.getByRole("menu").waitFor();
  const reached = await page.evaluate(() => {
    const hostSheet = Array.from(document.styleSheets).find((sheet) => sheet.href?.endsWith("/workbench.css"));
    if (!hostSheet) throw new Error("the host page's style sheet is not in the page");
    const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
      Array.from(rules).flatMap((rule) => (rule instanceof CSSStyleRule ? [rule] : rule instanceof CSSGroupingRule ? styleRules(rule.cssRules) : []));
    const controlElements = Array.from(document.querySelectorAll("#control-container *, [data-portal-node], [data-portal-node] *"));
    return styleRules(hostSheet.cssRules).flatMap((rule) => {
      const element = controlElements.find((candidate) => candidate.matches(rule.selectorText));
      return element ? [`${rule.selectorText} → ${element.tagName.toLowerCase()}.${element.className}`] : [];
    });
  });
  // Checked against something: the control and its menu hold buttons, and the page's rules do reach its own.
  await expect(page.locator("#control-container button").count()).resolves.toBeGreaterThan(10);
  await expect(page.locator("[data-portal-node] [role=menuitemcheckbox]").count()).resolves.toBeGreaterThan(0);
  await expect(page.locator("#clear-event-log").evaluate((button) => getComputedStyle(button).minHeight)).resolves.toBe("32px");
  expect(reached).toEqual([]);
  await page.close();
});
