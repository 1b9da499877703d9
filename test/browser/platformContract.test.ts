/**
 * The platform behaviours a real model-driven app has and our first workbench did not (issue 7): each test here
 * fails against a control that relies on what we used to believe. See docs/workbench.md, "Platform behaviours".
 */
import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { queryApi } from "../../workbench/driver/emulator";
import { eventLogEntries, sessionIds, sessionItems, sessionList, setMakerSetting, waitForSessionCount } from "../../workbench/driver/hostPage";

const suite = setUpBrowserSuite();

/** An account with more sessions than one page at the default page size (25), but not hundreds. */
const twoPageAccount = Object.values(SAMPLE_ACCOUNTS).find((account) => account.sessionCount > 25 && account.sessionCount < 100);

function accountWithMoreThanOnePage() {
  if (!twoPageAccount) throw new Error("The sample data needs an account with 26 to 99 sessions");
  return twoPageAccount;
}

async function startThroughForm(page: Page, formTitle: string, subject: string): Promise<void> {
  await page.getByRole("button", { name: "New session" }).click();
  const form = page.getByRole("dialog", { name: formTitle });
  await form.getByLabel("Subject").fill(subject);
  await form.getByRole("button", { name: "Save and close" }).click();
  await form.waitFor({ state: "detached" });
}

test("New session appears for a user with the privilege, though hasEntityPrivilege says no until the metadata is cached", async () => {
  const { page } = await suite.openPage();
  await page.getByRole("button", { name: "New session" }).waitFor();
  await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).count()).resolves.toBe(0);
  await page.close();
});

test.each([
  ["a braced upper-case id", '"{UPPER-CASE-GUID}" string'],
  ["a { guid } object", "{ guid } object"],
])("a session saved from the quick create form (%s) is the first row of an account with more than one page", async (_shape, idShapeLabel) => {
  const account = accountWithMoreThanOnePage();
  const subject = `Quick create: ${idShapeLabel}`;
  const { page } = await suite.openPage(`?record=${account.id}`);
  const list = sessionList(page, account.name);
  await waitForSessionCount(list, 25);
  await setMakerSetting(page, "startMode", "quickCreate");
  await page.getByLabel("Quick create saved id").selectOption({ label: idShapeLabel });

  await startThroughForm(page, "Quick Create: Session", subject);

  await sessionItems(list).first().filter({ hasText: subject }).waitFor();
  await expect(sessionItems(list).count()).resolves.toBe(25);
  await page.close();
});

test("a main-form start never leaves New session busy, even when the platform never settles the form's promise", async () => {
  const account = accountWithMoreThanOnePage();
  const subject = "Started on the main form";
  const { page } = await suite.openPage(`?record=${account.id}`);
  const list = sessionList(page, account.name);
  await waitForSessionCount(list, 25);
  await page.getByLabel("Main form promise never settles (tab stays open)").check();
  const newSession = page.getByRole("button", { name: "New session" });

  await newSession.click();
  const form = page.getByRole("dialog", { name: "New Session" });
  await form.waitFor();
  await expect(newSession.isEnabled()).resolves.toBe(true);
  await form.getByLabel("Subject").fill(subject);
  await form.getByRole("button", { name: "Save and close" }).click();
  await form.waitFor({ state: "detached" });

  await expect(newSession.isEnabled()).resolves.toBe(true);
  await page.getByRole("button", { name: "Refresh" }).click();
  await sessionItems(list).first().filter({ hasText: subject }).waitFor();
  await page.close();
});

test("a form start passes no regarding form parameters, which the platform refuses", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, SAMPLE_ACCOUNTS.everyday.name);
  await waitForSessionCount(list, 1);

  await startThroughForm(page, "New Session", "Only createFromEntity");

  await sessionItems(list).first().filter({ hasText: "Only createFromEntity" }).waitFor();
  const openForm = eventLogEntries(page).filter({ hasText: "navigation.openForm" });
  await expect(openForm.count()).resolves.toBe(1);
  await expect(openForm.first().innerText()).resolves.not.toContain("regardingobjectid");
  await expect(page.getByText("The session could not be started").count()).resolves.toBe(0);
  await page.close();
});

test("a completed session is never badged Active, whatever a stale msdyn_state says", async () => {
  const stale = await queryApi<{ activityid: string; _regardingobjectid_value: string }>(
    suite.workbench,
    `msdyn_ocsessions?$select=activityid,_regardingobjectid_value&$filter=${encodeURIComponent("statecode eq 1 and msdyn_state eq 192350001")}`,
  );
  expect(stale.length).toBeGreaterThan(0);
  const account = Object.values(SAMPLE_ACCOUNTS).find((candidate) => candidate.id === stale[0]._regardingobjectid_value);
  if (!account) throw new Error("The stale session regards no sample account");
  const { page } = await suite.openPage(`?record=${account.id}`);
  const list = sessionList(page, account.name);
  const item = list.locator(`[data-session-id="${stale[0].activityid}"]`);
  while ((await item.count()) === 0) {
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByRole("button", { name: "Load more" }).or(item).first().waitFor();
  }
  // textContent: a row scrolled out of the list's view skips layout, and innerText needs layout.
  await expect(item.textContent()).resolves.toContain("Completed");
  await expect(item.textContent()).resolves.not.toMatch(/\bActive\b/);
  await page.close();
});

test.each([
  // context.page names no record, so with only page updated the control calls the account "this record".
  ["contextInfo and page", false, "Contoso Travel Card"],
  ["only context.page", true, "this record"],
])("saving a new account (%s updated) lists its sessions and enables New session in the same control", async (_how, pageOnly, listedAs) => {
  const { page } = await suite.openPage("?record=new");
  await page.getByText("Save this record to see its sessions and start a new one.").waitFor();
  await expect(page.getByRole("button", { name: "New session" }).isDisabled()).resolves.toBe(true);
  if (pageOnly) await page.getByLabel("First save updates only context.page").check();
  await page.getByLabel("Account name").fill("Contoso Travel Card");

  await page.getByRole("button", { name: "Save", exact: true }).click();

  await page.getByText("No sessions yet").waitFor();
  const newSession = page.getByRole("button", { name: "New session" });
  await expect(newSession.isEnabled()).resolves.toBe(true);
  await setMakerSetting(page, "startMode", "quickCreate");
  await startThroughForm(page, "Quick Create: Session", "First session of a new account");
  const list = sessionList(page, listedAs);
  await sessionItems(list).filter({ hasText: "First session of a new account" }).waitFor();
  await expect(sessionIds(list)).resolves.toHaveLength(1);
  await page.close();
});
