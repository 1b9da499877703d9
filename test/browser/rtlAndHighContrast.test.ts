/** Right to left, isolated text direction, and Windows high contrast (forced colours). */
import type { Locator, Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { seriousAxeViolations } from "./support/axe";
import { setUpBrowserSuite } from "./support/browserSuite";
import { sessionButton, sessionItems, sessionList, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;
const ARABIC_LIST = `الجلسات المتعلقة بـ ${everyday.name}`;

const suite = setUpBrowserSuite();

async function openInArabic(): Promise<{ page: Page; list: Locator }> {
  const { page } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "Arabic (1025)" });
  const list = page.getByRole("list", { name: ARABIC_LIST });
  await waitForSessionCount(list, everyday.sessionCount);
  return { page, list };
}

/** The row of the session whose subject contains the text, wherever it is in the list. */
function rowWith(list: Locator, text: string): Locator {
  return sessionItems(list).filter({ hasText: text });
}

test("a subject with a right-to-left override or mixed Arabic and English never turns its row around", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  for (const fragment of ["card 1234", "طلب Refund"]) {
    const row = rowWith(list, fragment);
    await row.scrollIntoViewIfNeeded();
    const subject = row.locator("bdi").first();
    await expect(subject.textContent()).resolves.toContain(fragment.split(" ")[0]);
    // The badge stays at the end of the line (right, in a left-to-right form) and the details keep their order.
    const [subjectBox, badgeBox] = await Promise.all([subject.boundingBox(), row.getByText(/Active|Completed|Canceled|Open|New|Wrap-up|Scheduled/).first().boundingBox()]);
    expect(badgeBox && subjectBox && badgeBox.x > subjectBox.x).toBe(true);
    await expect(row.textContent()).resolves.toMatch(/Started \d/);
  }
  await page.close();
});

test("a right-to-left subject in a left-to-right list starts where the English subjects start, not beside the badge", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const row = rowWith(list, "طلب Refund");
  await row.scrollIntoViewIfNeeded();
  // The left edge of each subject's text (not of its box, which fills the line either way), in the rows around it.
  const edges = await row.evaluate((item) =>
    Array.from(item.parentElement?.querySelectorAll("[role=listitem] button > bdi:first-child") ?? [], (subject) => {
      const range = document.createRange();
      range.selectNodeContents(subject);
      return { text: subject.textContent ?? "", left: range.getBoundingClientRect().left };
    }),
  );
  const arabic = edges.find((edge) => edge.text.includes("طلب"));
  const english = edges.filter((edge) => /^[A-Za-z]/.test(edge.text));
  expect(arabic).toBeDefined();
  expect(english.length).toBeGreaterThan(0);
  for (const edge of english) expect(Math.abs((arabic?.left ?? Number.NaN) - edge.left)).toBeLessThan(1);
  await page.close();
});

test("in Arabic the filters, the count and the rows lay out right to left, and axe finds nothing serious with the channel menu open", async () => {
  const { page, list } = await openInArabic();
  const firstRow = sessionItems(list).first();
  const chips = page.getByRole("radiogroup");
  const [rowBox, chipsBox] = await Promise.all([firstRow.boundingBox(), chips.boundingBox()]);
  // The filters start where the rows start: on the right.
  expect(rowBox && chipsBox && Math.abs(rowBox.x + rowBox.width - (chipsBox.x + chipsBox.width)) < 24).toBe(true);
  const badge = firstRow.locator("button [data-tone]");
  const subject = firstRow.locator("button > :first-child").first();
  const [badgeBox, subjectBox] = await Promise.all([badge.boundingBox(), subject.boundingBox()]);
  // Right to left: the badge ends the line on the left, the subject starts on the right.
  expect(badgeBox && subjectBox && badgeBox.x < subjectBox.x).toBe(true);

  await page.getByRole("button", { name: /القناة|قنوات/ }).click();
  await page.getByRole("menu").waitFor();
  await expect(page.getByRole("menu").evaluate((menu) => menu.closest("[dir]")?.getAttribute("dir"))).resolves.toBe("rtl");
  await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  await page.close();
});

describe("in Windows high contrast (forced colours)", () => {
  async function openInForcedColors(): Promise<{ page: Page; list: Locator }> {
    const { page } = await suite.openPage();
    await page.emulateMedia({ forcedColors: "active" });
    const list = sessionList(page, everyday.name);
    await waitForSessionCount(list, everyday.sessionCount);
    return { page, list };
  }

  test("status badges keep a border, the chosen status chip stands out, icons and the focus ring stay visible", async () => {
    const { page, list } = await openInForcedColors();
    const styles = await page.evaluate(() => {
      const css = (element: Element | null) => (element ? getComputedStyle(element) : null);
      const badge = css(document.querySelector("[data-session-id] button [data-tone]"));
      const radios = Array.from(document.querySelectorAll("[role=radio]")).map((radio) => ({ checked: radio.getAttribute("aria-checked") === "true", style: getComputedStyle(radio) }));
      const chosen = radios.find((radio) => radio.checked)?.style;
      const other = radios.find((radio) => !radio.checked)?.style;
      const icon = css(document.querySelector("button svg"));
      return {
        badgeBorder: badge ? `${badge.borderTopStyle} ${badge.borderTopWidth}` : "none",
        chosenBackground: chosen?.backgroundColor,
        otherBackground: other?.backgroundColor,
        iconFill: icon?.fill,
        iconColor: icon?.color,
      };
    });
    expect(styles.badgeBorder).toMatch(/^solid [1-9]/);
    expect(styles.chosenBackground).not.toBe(styles.otherBackground);
    expect(styles.iconFill).not.toMatch(/rgba\(0, 0, 0, 0\)|none/);

    const first = sessionButton(sessionItems(list).first());
    await first.focus();
    await page.keyboard.press("ArrowDown");
    const focused = sessionButton(sessionItems(list).nth(1));
    const ringOf = (row: Locator) =>
      row.evaluate((button) => {
        const ring = getComputedStyle(button, "::after");
        return `${ring.borderTopStyle} ${ring.borderTopWidth} ${ring.borderTopColor}`;
      });
    // Fluent draws the focus ring as the ::after's border: solid, at least 1 px, in a colour that is not transparent.
    const ring = await ringOf(focused);
    expect(ring).toMatch(/^solid [1-9][\d.]*px rgba?\(/);
    expect(ring).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)/);
    await expect(ringOf(first)).resolves.not.toMatch(/^solid/);
    await page.close();
  });

  test("the host page tells whether the browser is in forced colours, following it live", async () => {
    const { page } = await suite.openPage();
    const status = page.getByLabel("Forced colours (Windows high contrast)");
    await expect(status.textContent()).resolves.toMatch(/^off\. To see it: .*--force-high-contrast/);
    const reads = async (start: string) => page.waitForFunction(([element, text]) => element?.textContent?.startsWith(text), [await status.elementHandle(), start] as const);
    await page.emulateMedia({ forcedColors: "active" });
    await reads("on:");
    await page.emulateMedia({ forcedColors: "none" });
    await reads("off.");
    await page.close();
  });

  test("axe finds no serious or critical violations", async () => {
    const { page } = await openInForcedColors();
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});
