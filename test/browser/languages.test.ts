import type { Locator, Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { queryApi } from "../../workbench/driver/emulator";
import { sessionItems, sessionList, setMakerSetting, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

async function chooseLanguage(page: Page, optionLabel: string): Promise<void> {
  await page.getByLabel("Language", { exact: true }).selectOption({ label: optionLabel });
}

/** The direction the control itself sets: the nearest dir attribute above the element, inside the control's container. */
function controlDirection(inside: Locator): Promise<string | null> {
  return inside.evaluate((element) => {
    const container = document.getElementById("control-container");
    const withDirection = element.closest("[dir]");
    return withDirection && withDirection !== container && container?.contains(withDirection) ? withDirection.getAttribute("dir") : null;
  });
}

test("the language switch offers every language the manifest ships a resx for", async () => {
  const { page } = await suite.openPage();
  const options = await page.getByLabel("Language", { exact: true }).locator("option").allTextContents();
  expect(options).toEqual(["English (1033)", "Arabic (1025)", "German (1031)", "French (1036)", "Japanese (1041)", "Spanish (3082)"]);
  await page.close();
});

test("in German the control reads the German resx, counts in German and formats dates for de-DE, left to right", async () => {
  const { page, pageErrors } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);

  await chooseLanguage(page, "German (1031)");

  const list = page.getByRole("list", { name: `Sitzungen zu ${everyday.name}` });
  await waitForSessionCount(list, everyday.sessionCount);
  const heading = page.getByRole("heading", { name: "Sitzungen" });
  await expect(heading.isVisible()).resolves.toBe(true);
  await expect(page.getByText(`${everyday.sessionCount} Sitzungen`).isVisible()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "Neue Sitzung" }).isVisible()).resolves.toBe(true);
  // Rows tell the time of day; the days' headings the date, de-DE day.month.year: formatting follows the language.
  await expect(sessionItems(list).first().textContent()).resolves.toMatch(/Gestartet: \d{2}:\d{2}/);
  await expect(list.evaluate((element) => element.textContent ?? "")).resolves.toMatch(/\d{2}\.\d{2}\.\d{2}/);
  await expect(controlDirection(heading)).resolves.toBe("ltr");
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("in German the status badges read the labels the emulator answers a German user, which take precedence over the control's own", async () => {
  const FORMATTED = "statecode@OData.Community.Display.V1.FormattedValue";
  type Row = { activityid: string; statecode: number; [FORMATTED]: string };
  const { page, pageErrors } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);

  await chooseLanguage(page, "German (1031)");

  const list = page.getByRole("list", { name: `Sitzungen zu ${everyday.name}` });
  await waitForSessionCount(list, everyday.sessionCount);
  const asGermanUser = { Prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"', "X-Workbench-User-Language": "1031" };
  const rows = await queryApi<Row>(suite.workbench, `msdyn_ocsessions?$select=statecode&$filter=_regardingobjectid_value eq ${everyday.id}`, asGermanUser);
  const completed = rows.find((row) => row.statecode === 1);
  const canceled = rows.find((row) => row.statecode === 2);
  const badge = (row: Row | undefined): Locator => list.locator(`[data-session-id="${row?.activityid}"] [data-tone]`);
  expect([completed?.[FORMATTED], canceled?.[FORMATTED]]).toEqual(["Abgeschlossen", "Storniert"]);
  await expect(badge(completed).textContent()).resolves.toBe(completed?.[FORMATTED]);
  // The platform's word for a canceled activity, where the control's own German string says "Abgebrochen".
  await expect(badge(canceled).textContent()).resolves.toBe(canceled?.[FORMATTED]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("in German with counts off the channel menu lists the option-set labels the session metadata gives a German user", async () => {
  type OptionSets = Record<string, { value: number; label: string }[]>;
  const VOICE = 192370000;
  const { page, pageErrors } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  // The metadata answer, with Voice renamed on its way as an org may rename it: the menu must read this, not the resx.
  const languagesAsked: (string | undefined)[] = [];
  await page.route("**/_workbench/option-sets?*", async (route) => {
    languagesAsked.push(route.request().headers()["x-workbench-user-language"]);
    const response = await route.fetch();
    const answer = (await response.json()) as OptionSets;
    const renamed = answer.msdyn_channel.map((option) => (option.value === VOICE ? { ...option, label: "Telefonie" } : option));
    await route.fulfill({ response, json: { ...answer, msdyn_channel: renamed } });
  });

  await chooseLanguage(page, "German (1031)");
  await waitForSessionCount(page.getByRole("list", { name: `Sitzungen zu ${everyday.name}` }), everyday.sessionCount);
  await setMakerSetting(page, "showCounts", "no");
  await page.getByRole("button", { name: "Kanäle: Alle Kanäle" }).click();
  const labels = await page.getByRole("menu").getByRole("menuitemcheckbox").allTextContents();

  const germanOptions = await fetch(new URL("/_workbench/option-sets?table=msdyn_ocsession&columns=msdyn_channel", suite.workbench.url), {
    headers: { "X-Workbench-User-Language": "1031" },
  }).then(async (response) => ((await response.json()) as OptionSets).msdyn_channel);
  expect(labels).toEqual(germanOptions.map((option) => (option.value === VOICE ? "Telefonie" : option.label)));
  expect(labels).toEqual(expect.arrayContaining(["Livechat", "Bildschirmfreigabe", "Telefonie"]));
  expect(languagesAsked.length).toBeGreaterThan(0);
  expect(new Set(languagesAsked)).toEqual(new Set(["1031"]));
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("with counts off the channel menu leaves out a channel the session metadata marks IsHidden", async () => {
  type OptionSets = Record<string, { value: number; label: string; isHidden: boolean }[]>;
  const VOICE = 192370000;
  const { page, pageErrors } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  // The maker hides Voice in the metadata: the emulator's answer marks it on its way to the host page.
  await page.route("**/_workbench/option-sets?*", async (route) => {
    const response = await route.fetch();
    const answer = (await response.json()) as OptionSets;
    const hidden = answer.msdyn_channel.map((option) => (option.value === VOICE ? { ...option, isHidden: true } : option));
    await route.fulfill({ response, json: { ...answer, msdyn_channel: hidden } });
  });

  await page.reload();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await setMakerSetting(page, "showCounts", "no");
  await page.getByRole("button", { name: "Channels: All channels" }).click();
  const labels = await page.getByRole("menu").getByRole("menuitemcheckbox").allTextContents();

  expect(labels).toEqual(expect.arrayContaining(["Live chat", "Screen sharing"]));
  expect(labels).not.toContain("Voice");
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("in Arabic the control reads the Arabic resx and lays itself out right to left", async () => {
  const { page, pageErrors } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);

  await chooseLanguage(page, "Arabic (1025)");

  const list = page.getByRole("list", { name: `الجلسات المتعلقة بـ ${everyday.name}` });
  await waitForSessionCount(list, everyday.sessionCount);
  const heading = page.getByRole("heading", { name: "الجلسات" });
  await expect(heading.isVisible()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "جلسة جديدة" }).isVisible()).resolves.toBe(true);
  await expect(controlDirection(heading)).resolves.toBe("rtl");
  await expect(page.locator("#sessions-section").getAttribute("lang")).resolves.toBe("ar-SA");
  expect(pageErrors).toEqual([]);
  await page.close();
});
