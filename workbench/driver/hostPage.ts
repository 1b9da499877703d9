import type { BrowserContext, Locator, Page } from "playwright-core";
import type { RunningWorkbench } from "./workbench";

export interface HostPage {
  page: Page;
  /** Errors thrown in the page and alert()/confirm() dialogs it opened: both must stay empty. */
  pageErrors: string[];
  nativeDialogs: string[];
}

/** Opens the workbench page and waits until the control has been mounted. */
export async function openHostPage(context: BrowserContext, workbench: Pick<RunningWorkbench, "url">, query = ""): Promise<HostPage> {
  const page = await context.newPage();
  const host: HostPage = { page, pageErrors: [], nativeDialogs: [] };
  page.on("pageerror", (error) => host.pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    host.nativeDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(new URL(query, workbench.url).toString());
  await page.locator("body[data-workbench-ready]").waitFor();
  return host;
}

export function sessionList(page: Page, recordName: string): Locator {
  return page.getByRole("list", { name: `Sessions regarding ${recordName}` });
}

export function sessionItems(list: Locator): Locator {
  return list.getByRole("listitem");
}

/** The button that opens a session: the first of its list item (an "Open conversation" action may follow it). */
export function sessionButton(item: Locator): Locator {
  return item.locator(":scope > button").first();
}

/** Every session's own button in the list, in order, without the actions beside them. */
export function sessionButtons(list: Locator): Locator {
  return sessionItems(list).locator(":scope > button:first-of-type");
}

export function sessionIds(list: Locator): Promise<string[]> {
  return sessionItems(list).evaluateAll((items) => items.map((item) => item.getAttribute("data-session-id") ?? ""));
}

/** Waits until the list holds at least `count` sessions. */
export async function waitForSessionCount(list: Locator, count: number): Promise<void> {
  await sessionItems(list).nth(count - 1).waitFor();
}

export async function chooseRecord(page: Page, optionLabel: string): Promise<void> {
  await page.getByLabel("Record", { exact: true }).selectOption({ label: optionLabel });
}

/** A maker setting by its manifest property name, which the page shows after the display name. */
export async function setMakerSetting(page: Page, propertyName: string, value: string): Promise<void> {
  const field = page.getByLabel(new RegExp(`\\(${propertyName}\\)$`));
  if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption(value);
  else await field.fill(value);
  await field.dispatchEvent("change");
}

/** Arms a fault through the page's own switches, as a person would; `times` fills "Requests to fail". */
export async function injectFault(page: Page, faultLabel: string, times = 1): Promise<void> {
  await page.getByLabel("Fault for the next API request").selectOption({ label: faultLabel });
  const requests = page.getByLabel("Requests to fail");
  await requests.fill(String(times));
  await requests.dispatchEvent("change");
  await page.getByRole("button", { name: "Inject fault" }).click();
  const armed = times === 1 ? "The next API request fails once" : `The next ${times} API requests fail`;
  await page.getByRole("status").filter({ hasText: armed }).waitFor();
}

export function eventLogEntries(page: Page): Locator {
  return page.getByRole("log", { name: "Event log" }).getByRole("listitem");
}

/** Lets in-flight work settle before asserting that something did NOT happen. */
export function settle(page: Page, milliseconds = 300): Promise<void> {
  return page.waitForTimeout(milliseconds);
}

/** Reads until the value is accepted (polling every 100 ms), then returns it; the last value goes into the error. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
