import type { Locator, Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { seriousAxeViolations } from "./support/axe";
import { clearRequestLog, queryApi, requestLog, waitForAggregateRequests } from "../../workbench/driver/emulator";
import { eventLogEntries, sessionButton, sessionItems, sessionList, setMakerSetting, settle, waitForSessionCount } from "../../workbench/driver/hostPage";

const { everyday } = SAMPLE_ACCOUNTS;
const TEMPLATE = "sample_bankaccount_session";
const PARAMETERS_STR = `[["entityName","sample_bankaccount"],["entityId","${everyday.id}"]]`;

const suite = setUpBrowserSuite();

interface ConversationRow {
  activityid: string;
  _msdyn_liveworkitemid_value: string | null;
}

/** The everyday account's sessions with their conversations, straight from the emulator. */
async function everydayConversations(): Promise<ConversationRow[]> {
  const filter = encodeURIComponent(`_regardingobjectid_value eq ${everyday.id}`);
  return queryApi<ConversationRow>(suite.workbench, `msdyn_ocsessions?$select=activityid,_msdyn_liveworkitemid_value&$filter=${filter}`);
}

/** The everyday account's form with the maker's start mode set; multi-session on or off. */
async function openEveryday(options: { multiSession: boolean; startMode?: string; template?: string }): Promise<{ page: Page; list: Locator }> {
  const { page } = await suite.openPage(`?record=${everyday.id}`);
  if (options.multiSession) await page.getByLabel("Multi-session app (Microsoft.Apm)").check();
  if (options.startMode) await setMakerSetting(page, "startMode", options.startMode);
  if (options.template !== undefined) await setMakerSetting(page, "sessionTemplate", options.template);
  const list = sessionList(page, everyday.name);
  await waitForSessionCount(list, everyday.sessionCount);
  await waitForAggregateRequests(suite.workbench);
  await settle(page);
  return { page, list };
}

const sessionBarEntries = (page: Page) => page.getByRole("navigation", { name: "Session bar" }).getByRole("listitem");

describe("in a multi-session app", () => {
  test.each([
    ["a click", (button: Locator) => button.click()],
    ["the keyboard", async (button: Locator) => { await button.focus(); await button.press("Enter"); }],
  ])("New session opens a workspace session for the account by %s: in the session bar and the event log, no row, no form, no reload", async (_how, activate) => {
    const { page } = await openEveryday({ multiSession: true, startMode: "workspaceSession", template: TEMPLATE });
    const newSession = page.getByRole("button", { name: "New session" });
    await expect(newSession.getAttribute("title")).resolves.toBe("Open a workspace session for this record in the session bar. No session record is created.");
    await clearRequestLog(suite.workbench);

    await activate(newSession);

    await sessionBarEntries(page).filter({ hasText: everyday.id }).waitFor();
    const created = eventLogEntries(page).filter({ hasText: "Microsoft.Apm.createSession" });
    await expect(created.count()).resolves.toBe(1);
    await expect(created.innerText()).resolves.toContain(`"templateName":"${TEMPLATE}","sessionContext":{"Map":[["parametersStr",${JSON.stringify(PARAMETERS_STR)}]]},"isFocused":true`);
    await expect(eventLogEntries(page).filter({ hasText: "workspace session workspace-session-1 opened" }).count()).resolves.toBe(1);
    await settle(page);
    await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).count()).resolves.toBe(0);
    expect((await requestLog(suite.workbench)).filter((request) => request.url.includes("msdyn_ocsessions"))).toEqual([]);
    await expect(newSession.isEnabled()).resolves.toBe(true);
    await page.close();
  });

  test("without the Create privilege on sessions, New session still opens a workspace session, which makes no row", async () => {
    const { page } = await suite.openPage(`?record=${everyday.id}`);
    await page.getByLabel("No Create privilege on Session").check();
    await page.getByLabel("Multi-session app (Microsoft.Apm)").check();
    await setMakerSetting(page, "startMode", "workspaceSession");
    await setMakerSetting(page, "sessionTemplate", TEMPLATE);

    await page.getByRole("button", { name: "New session" }).click();

    await sessionBarEntries(page).filter({ hasText: everyday.id }).waitFor();
    await page.getByLabel("Multi-session app (Microsoft.Apm)").uncheck();
    await waitForSessionCount(sessionList(page, everyday.name), everyday.sessionCount);
    await settle(page);
    // Outside a multi-session app the fallback is the main form, which makes a row: without Create, no New session.
    await expect(page.getByRole("button", { name: "New session" }).count()).resolves.toBe(0);
    await page.close();
  });

  test("a template that is not in the app profile gets a message naming it and what an administrator must do; added to the profile, it opens", async () => {
    const { page } = await openEveryday({ multiSession: true, startMode: "workspaceSession", template: "sample_missing_template" });

    await page.getByRole("button", { name: "New session" }).click();

    await page.getByText('The session template "sample_missing_template" is not available to you. An administrator must create it').waitFor();
    await expect(sessionBarEntries(page).filter({ hasText: everyday.id }).count()).resolves.toBe(0);
    await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).count()).resolves.toBe(0);

    const profile = page.getByLabel(/^Session templates in the app profile/);
    await profile.fill(`${TEMPLATE}, sample_missing_template`);
    await profile.dispatchEvent("change");
    await page.getByRole("button", { name: "New session" }).click();
    await sessionBarEntries(page).filter({ hasText: "sample_missing_template" }).waitFor();
    await expect(page.getByText("The workspace session could not be opened").count()).resolves.toBe(0);
    await page.close();
  });

  test.each([
    ["a click", (action: Locator) => action.click()],
    [
      "the keyboard (Tab from the session, then Enter)",
      async (action: Locator, item: Locator) => {
        await sessionButton(item).focus();
        await item.page().keyboard.press("Tab");
        await expect(action.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
        await item.page().keyboard.press("Enter");
      },
    ],
  ])("Open conversation opens the conversation behind an Omnichannel session as a tab, by %s", async (_how, activate) => {
    const conversations = await everydayConversations();
    const { page, list } = await openEveryday({ multiSession: true });
    const item = sessionItems(list).filter({ has: page.getByRole("button", { name: "Open conversation" }) }).first();
    const sessionId = await item.getAttribute("data-session-id");
    const conversationId = conversations.find((row) => row.activityid === sessionId)?._msdyn_liveworkitemid_value;
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);

    await activate(item.getByRole("button", { name: "Open conversation" }), item);

    await page.getByRole("tablist", { name: "Session tabs" }).getByRole("tab", { name: `msdyn_ocliveworkitem ${conversationId}` }).waitFor();
    await expect(eventLogEntries(page).filter({ hasText: "Microsoft.Apm.createTab" }).innerText()).resolves.toContain(
      `{"templateName":"msdyn_entityrecord","appContext":{"Map":[["entityName","msdyn_ocliveworkitem"],["entityId","${conversationId}"]]},"isFocused":true}`,
    );
    await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).count()).resolves.toBe(0);
    await page.close();
  });

  test("sessions with a conversation, and only those, offer Open conversation", async () => {
    const conversations = await everydayConversations();
    const { list } = await openEveryday({ multiSession: true });
    const offered = await sessionItems(list).evaluateAll((items) =>
      items.filter((item) => item.querySelector('button[aria-label="Open conversation"]') !== null).map((item) => item.getAttribute("data-session-id")),
    );
    const withConversation = conversations.filter((row) => row.activityid !== null && row._msdyn_liveworkitemid_value !== null).map((row) => row.activityid);
    expect(withConversation.length).toBeLessThan(everyday.sessionCount);
    expect([...offered].sort()).toEqual([...withConversation].sort());
  });

  test("Open conversation draws its chat bubble with borders that stay visible in forced colours, and shows a focus ring when reached by Tab", async () => {
    const { page, list } = await openEveryday({ multiSession: true });
    await page.emulateMedia({ forcedColors: "active" });
    const item = sessionItems(list).filter({ has: page.getByRole("button", { name: "Open conversation" }) }).first();
    const action = item.getByRole("button", { name: "Open conversation" });
    const strokes = (button: Locator) =>
      button.evaluate((element) => {
        const stroke = (part: string) => {
          const style = getComputedStyle(element, part);
          return `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`;
        };
        const outline = getComputedStyle(element);
        return { bubble: stroke("::before"), lines: stroke("::after"), ring: `${outline.outlineStyle} ${outline.outlineWidth} ${outline.outlineOffset} ${outline.outlineColor}` };
      });
    const before = await strokes(action);
    for (const part of [before.bubble, before.lines]) {
      expect(part).toMatch(/^solid 1px rgba?\(/);
      expect(part).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)/);
    }
    expect(before.ring).toMatch(/^none/);
    await sessionButton(item).focus();
    await page.keyboard.press("Tab");
    await expect(action.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const focused = await strokes(action);
    // The control's own ring, Fluent's: 2px, against the button's edge (the host page's ring for any element stands 1px off).
    expect(focused.ring).toMatch(/^solid 2px 0px rgba?\(/);
    expect(focused.ring).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)/);
    // The ring is an outline, so the icon's strokes stay as they were.
    expect(focused.lines).toBe(before.lines);
    await page.close();
  });

  test("axe finds no serious or critical violations in the list with its conversation actions", async () => {
    const { page, list } = await openEveryday({ multiSession: true, startMode: "workspaceSession", template: TEMPLATE });
    await expect(list.getByRole("button", { name: "Open conversation" }).count()).resolves.toBeGreaterThan(0);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});

describe("in a single-session app", () => {
  test("New session in the workspace session mode opens the session main form", async () => {
    const { page } = await openEveryday({ multiSession: false, startMode: "workspaceSession", template: TEMPLATE });
    const newSession = page.getByRole("button", { name: "New session" });
    await expect(newSession.getAttribute("title")).resolves.toBeNull();

    await newSession.click();

    const form = page.getByRole("dialog", { name: "New Session" });
    await form.waitFor();
    await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).innerText()).resolves.toContain('"useQuickCreateForm":false');
    await form.getByRole("button", { name: "Cancel" }).click();
    await page.close();
  });

  test("Open conversation opens the conversation's form, in a new window when the maker chose so", async () => {
    const conversations = await everydayConversations();
    const { page, list } = await openEveryday({ multiSession: false });
    await setMakerSetting(page, "openInNewWindow", "yes");
    const item = sessionItems(list).filter({ has: page.getByRole("button", { name: "Open conversation" }) }).first();
    const sessionId = await item.getAttribute("data-session-id");
    const conversationId = conversations.find((row) => row.activityid === sessionId)?._msdyn_liveworkitemid_value;

    await item.getByRole("button", { name: "Open conversation" }).focus();
    await page.keyboard.press("Enter");

    const form = page.getByRole("dialog", { name: "Conversation" });
    await form.waitFor();
    await expect(form.getByRole("definition").first().innerText()).resolves.toBe(conversationId);
    await expect(eventLogEntries(page).filter({ hasText: "navigation.openForm" }).innerText()).resolves.toContain(
      `navigation.openForm({"entityName":"msdyn_ocliveworkitem","entityId":"${conversationId}","openInNewWindow":true})`,
    );
    await form.getByRole("button", { name: "Close" }).click();
    await page.close();
  });
});
