import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { queryApi } from "../../workbench/driver/emulator";
import { eventLogEntries, sessionButton, sessionItems, sessionList, setMakerSetting, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;

const suite = setUpBrowserSuite();

async function sessionsRegarding(recordId: string, subject: string): Promise<unknown[]> {
  const filter = `_regardingobjectid_value eq ${recordId} and subject eq '${subject.replace(/'/g, "''")}'`;
  return queryApi(suite.workbench, `msdyn_ocsessions?$select=activityid&$filter=${encodeURIComponent(filter)}`);
}

test("opening a session shows its details through navigation.openForm", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const first = sessionItems(list).first();
  const sessionId = await first.getAttribute("data-session-id");

  await sessionButton(first).click();

  const details = page.getByRole("dialog", { name: /^Session: / });
  await details.waitFor();
  await expect(details.getByRole("definition").allInnerTexts()).resolves.toContain(everyday.name);
  await expect(eventLogEntries(page).last().innerText()).resolves.toContain(`navigation.openForm({"entityName":"msdyn_ocsession","entityId":"${sessionId}"`);
  await details.getByRole("button", { name: "Close" }).click();
  await details.waitFor({ state: "detached" });
  await page.close();
});

test.each([
  ["mainForm", "New Session"],
  ["quickCreate", "Quick Create: Session"],
])("starting a session through the %s form saves it regarding the record and lists it", async (startMode, formTitle) => {
  const subject = `Called about a lost card (${startMode})`;
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await setMakerSetting(page, "startMode", startMode);

  await page.getByRole("button", { name: "New session" }).click();
  const form = page.getByRole("dialog", { name: formTitle });
  await expect(form.getByLabel("Regarding").inputValue()).resolves.toBe(everyday.name);
  await form.getByLabel("Subject").fill(subject);
  await form.getByRole("button", { name: "Save and close" }).click();

  await sessionItems(list).filter({ hasText: subject }).waitFor();
  await expect(sessionsRegarding(everyday.id, subject)).resolves.toHaveLength(1);
  await expect(eventLogEntries(page).filter({ hasText: "createFromEntity" }).count()).resolves.toBe(1);
  await page.close();
});

test("cancelling the new-session form creates nothing", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);

  await page.getByRole("button", { name: "New session" }).click();
  const form = page.getByRole("dialog", { name: "New Session" });
  await form.getByLabel("Subject").fill("Never saved");
  await form.getByRole("button", { name: "Cancel" }).click();

  await form.waitFor({ state: "detached" });
  await expect(sessionsRegarding(everyday.id, "Never saved")).resolves.toHaveLength(0);
  await page.close();
});

test("direct create saves the session through webAPI, opens it and lists it", async () => {
  const subject = `Session with ${everyday.name}`;
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await setMakerSetting(page, "startMode", "directCreate");

  await page.getByRole("button", { name: "New session" }).click();

  const opened = page.getByRole("dialog", { name: `Session: ${subject}` });
  await opened.waitFor();
  await opened.getByRole("button", { name: "Close" }).click();
  await waitForSessionCount(list, everyday.sessionCount + 1);
  await expect(sessionItems(list).filter({ hasText: subject }).count()).resolves.toBe(1);
  await expect(sessionsRegarding(everyday.id, subject)).resolves.toHaveLength(1);
  await page.close();
});

test("without Create privilege there is no New session button", async () => {
  const { page } = await suite.openPage();
  await waitForSessionCount(sessionList(page, everyday.name), 1);

  await page.getByLabel("No Create privilege on Session").check();

  await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
  await expect(page.getByRole("button", { name: "New session" }).count()).resolves.toBe(0);
  await page.close();
});

test("in a multi-session app a session opens as a tab through Microsoft.Apm.createTab", async () => {
  const { page } = await suite.openPage();
  await page.getByLabel("Multi-session app (Microsoft.Apm)").check();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const sessionId = await sessionItems(list).first().getAttribute("data-session-id");

  await sessionButton(sessionItems(list).first()).click();

  await page.getByRole("tablist", { name: "Session tabs" }).getByRole("tab", { name: new RegExp(sessionId ?? "no id") }).waitFor();
  await expect(eventLogEntries(page).filter({ hasText: "Microsoft.Apm.createTab" }).count()).resolves.toBe(1);
  await page.close();
});

test("a disabled form disables New session while the sessions stay readable", async () => {
  const { page } = await suite.openPage();
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  const newSession = page.getByRole("button", { name: "New session" });
  await expect(newSession.isDisabled()).resolves.toBe(false);

  await page.getByLabel("Form disabled (read-only)").check();

  await expect(newSession.isDisabled()).resolves.toBe(true);
  await expect(sessionItems(list).count()).resolves.toBe(everyday.sessionCount);
  await page.close();
});
