import type { Page } from "playwright-core";
import { setMakerSetting } from "./hostPage";

/** A developer's choice of the page's switches: every one differs from the page's default. */
export interface ChosenSwitches {
  recordId: string;
  theme: "dark";
  width: "narrow";
  formDisabled: boolean;
  makerSettings: Record<string, string>;
}

export function chosenSwitches(recordId: string): ChosenSwitches {
  return { recordId, theme: "dark", width: "narrow", formDisabled: true, makerSettings: { pageSize: "5", sessionState: "open", startMode: "quickCreate" } };
}

export async function chooseSwitches(page: Page, choice: ChosenSwitches): Promise<void> {
  await page.getByLabel("Record", { exact: true }).selectOption(choice.recordId);
  await page.getByLabel("Theme").selectOption(choice.theme);
  await page.getByLabel("Form width").selectOption(choice.width);
  await page.getByLabel("Form disabled (read-only)").setChecked(choice.formDisabled);
  for (const [property, value] of Object.entries(choice.makerSettings)) await setMakerSetting(page, property, value);
}

/** The switches as the page shows them. */
export async function readSwitches(page: Page, makerSettingNames: readonly string[]): Promise<ChosenSwitches> {
  const makerSettings: Record<string, string> = {};
  for (const property of makerSettingNames) makerSettings[property] = await page.getByLabel(new RegExp(`\\(${property}\\)$`)).inputValue();
  return {
    recordId: await page.getByLabel("Record", { exact: true }).inputValue(),
    theme: (await page.getByLabel("Theme").inputValue()) as "dark",
    width: (await page.getByLabel("Form width").inputValue()) as "narrow",
    formDisabled: await page.getByLabel("Form disabled (read-only)").isChecked(),
    makerSettings,
  };
}
