import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { ACCOUNT_ID, ACCOUNT_NAME, pageOf, sessionId, sessionRow } from "../fixtures/sessionRows";

const TEMPLATE = "sample_bankaccount_session";
const PARAMETERS_STR = `[["entityName","sample_bankaccount"],["entityId","${ACCOUNT_ID}"]]`;
const CONVERSATION = "5a0e2c1b-7d34-4f6a-9b8c-1d2e3f4a5b6c";
const WORKSPACE = { startMode: "workspaceSession", sessionTemplate: TEMPLATE } as const;

type ApmWindow = { Microsoft?: unknown };

/** Microsoft.Apm as a multi-session app has it: methods that fail when called detached. */
function multiSessionApp(createSession: (input: unknown) => unknown = () => Promise.resolve("session-1")) {
  const apm = {
    createSession: jest.fn(function (this: unknown, input: unknown) {
      if (this !== apm) throw new TypeError("createSession called detached");
      return createSession(input);
    }),
    createTab: jest.fn(function (this: unknown) {
      if (this !== apm) throw new TypeError("createTab called detached");
      return Promise.resolve("tab-1");
    }),
  };
  (globalThis as ApmWindow).Microsoft = { Apm: apm };
  return apm;
}

const newSessionButton = () => screen.getByRole("button", { name: "New session" });

afterEach(() => {
  delete (globalThis as ApmWindow).Microsoft;
});

describe("starting a workspace session", () => {
  it("calls Microsoft.Apm.createSession as a method with the template, the record's parametersStr and isFocused, and nothing else", async () => {
    const apm = multiSessionApp();
    const platform = createMockPlatform();
    mountControl({ settings: WORKSPACE }, platform);
    await flush();
    await userEvent.click(newSessionButton());
    await flush();
    expect(apm.createSession).toHaveBeenCalledTimes(1);
    const [input] = apm.createSession.mock.calls[0] as [{ templateName: string; sessionContext: Map<string, string>; isFocused: boolean }];
    expect(input).toEqual({ templateName: TEMPLATE, sessionContext: expect.any(Map) as unknown, isFocused: true });
    expect([...input.sessionContext.entries()]).toEqual([["parametersStr", PARAMETERS_STR]]);
    // Called detached, the emulated method would have thrown and the failure would show.
    expect(screen.queryByText("The workspace session could not be opened")).not.toBeInTheDocument();
    expect(platform.openForm).not.toHaveBeenCalled();
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("says on the button what it does", async () => {
    multiSessionApp();
    mountControl({ settings: WORKSPACE });
    await flush();
    expect(newSessionButton()).toHaveAttribute("title", "Open a workspace session for this record in the session bar. No session record is created.");
  });

  it("does not reload the list after it, as it writes no session row", async () => {
    multiSessionApp();
    const platform = createMockPlatform();
    mountControl({ settings: WORKSPACE }, platform);
    await flush();
    await userEvent.click(newSessionButton());
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
  });

  it("starts one workspace session however fast New session is clicked", async () => {
    const opened = deferred<string>();
    const apm = multiSessionApp(() => opened.promise);
    mountControl({ settings: WORKSPACE });
    await flush();
    await userEvent.dblClick(newSessionButton());
    await userEvent.click(newSessionButton());
    await flush();
    expect(apm.createSession).toHaveBeenCalledTimes(1);
    opened.resolve("session-1");
    await flush();
    expect(newSessionButton()).toBeEnabled();
  });

  it("is offered to users without the Create privilege on sessions, as it creates none", async () => {
    multiSessionApp();
    const { platform } = mountControl({ settings: WORKSPACE, canCreate: false });
    await flush();
    expect(newSessionButton()).toBeEnabled();
    expect(platform.hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 2, 0);
  });

  it("is hidden from users who may not read sessions", async () => {
    multiSessionApp();
    mountControl({ settings: WORKSPACE, canRead: false });
    await flush();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
  });

  it.each([
    ["throws", () => { throw new Error("Template not found"); }],
    ["rejects", () => Promise.reject(new Error("Template not in app profile"))],
  ])("names the template and what an administrator must do when createSession %s, opens nothing else, and works again", async (_how, fail) => {
    const apm = multiSessionApp(fail);
    const platform = createMockPlatform();
    mountControl({ settings: WORKSPACE }, platform);
    await flush();
    await userEvent.click(newSessionButton());
    await flush();
    expect(screen.getByText("The workspace session could not be opened")).toBeInTheDocument();
    expect(
      screen.getByText(
        `The session template "${TEMPLATE}" is not available to you. An administrator must create it in the Customer Service admin center (Workspaces › Session templates) if it does not exist, and add it to your app profile.`,
      ),
    ).toBeInTheDocument();
    expect(platform.openForm).not.toHaveBeenCalled();
    expect(platform.createRecord).not.toHaveBeenCalled();
    expect(apm.createTab).not.toHaveBeenCalled();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(newSessionButton()).toBeEnabled();
    apm.createSession.mockImplementationOnce(function (this: unknown) {
      return Promise.resolve("session-2");
    });
    await userEvent.click(newSessionButton());
    await flush();
    expect(apm.createSession).toHaveBeenCalledTimes(2);
    expect(screen.queryByText("The workspace session could not be opened")).not.toBeInTheDocument();
  });
});

describe("a workspace session that cannot be had falls back to the main form", () => {
  const mainForm = { entityName: "msdyn_ocsession", createFromEntity: { entityType: "sample_bankaccount", id: ACCOUNT_ID, name: ACCOUNT_NAME }, useQuickCreateForm: false };

  it.each([
    ["outside a multi-session app", () => undefined, WORKSPACE],
    ["where Microsoft.Apm has no createSession", () => ((globalThis as ApmWindow).Microsoft = { Apm: { createTab: jest.fn() } }), WORKSPACE],
    ["with no template named", () => multiSessionApp(), { startMode: "workspaceSession" } as const],
    ["with a template name that is not one", () => multiSessionApp(), { startMode: "workspaceSession", sessionTemplate: "not a template!" } as const],
  ])("%s", async (_where, arrange, settings) => {
    arrange();
    const platform = createMockPlatform();
    mountControl({ settings }, platform);
    await flush();
    expect(newSessionButton()).not.toHaveAttribute("title");
    await userEvent.click(newSessionButton());
    await flush();
    expect(platform.openForm.mock.calls).toEqual([[mainForm]]);
  });

  it("needs the Create privilege then, as the main form makes a session row", async () => {
    mountControl({ settings: WORKSPACE, canCreate: false });
    await flush();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
  });

  it("tells the maker a template name that is not one", async () => {
    mountControl({ settings: { startMode: "workspaceSession", sessionTemplate: "not a template!" } });
    await flush();
    expect(screen.getByText('The session template setting "not a template!" is not a valid unique name, so New session opens the session main form.')).toBeInTheDocument();
  });
});

describe("opening the conversation behind a session", () => {
  function platformWithSessions() {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1, { _msdyn_liveworkitemid_value: CONVERSATION }), sessionRow(2)]));
    return platform;
  }

  it("offers Open conversation only on the sessions that have one, beside the row's button, not inside it", async () => {
    mountControl({}, platformWithSessions());
    await flush();
    const actions = screen.getAllByRole("button", { name: "Open conversation" });
    expect(actions).toHaveLength(1);
    const row = actions[0].closest("[data-session-id]");
    expect(row).toHaveAttribute("data-session-id", sessionId(1));
    expect(actions[0].parentElement).toBe(row);
    expect(actions[0].closest("button")).toBe(actions[0]);
    expect(row?.querySelectorAll("button button")).toHaveLength(0);
  });

  it.each([
    ["a click", async (button: HTMLElement) => userEvent.click(button)],
    ["Enter", async (button: HTMLElement) => { button.focus(); await userEvent.keyboard("{Enter}"); }],
  ])("opens the conversation form on %s, honouring Open in new window, and not the session", async (_how, activate) => {
    const platform = platformWithSessions();
    mountControl({ settings: { openInNewWindow: "yes" } }, platform);
    await flush();
    await activate(screen.getByRole("button", { name: "Open conversation" }));
    await flush();
    expect(platform.openForm.mock.calls).toEqual([[{ entityName: "msdyn_ocliveworkitem", entityId: CONVERSATION, openInNewWindow: true }]]);
  });

  it("opens the conversation as a tab in a multi-session app", async () => {
    const apm = multiSessionApp();
    const platform = platformWithSessions();
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Open conversation" }));
    await flush();
    expect(apm.createTab.mock.calls).toEqual([
      [{ templateName: "msdyn_entityrecord", appContext: new Map([["entityName", "msdyn_ocliveworkitem"], ["entityId", CONVERSATION]]), isFocused: true }],
    ]);
    expect(platform.openForm).not.toHaveBeenCalled();
  });

  it("says so when the conversation cannot be opened", async () => {
    const platform = platformWithSessions();
    platform.openForm.mockRejectedValueOnce({ errorCode: 0x80040220, message: "No read access" });
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Open conversation" }));
    await flush();
    expect(screen.getByText("The conversation could not be opened")).toBeInTheDocument();
  });

  it("keeps one keyboard stop per row plus the action: the action follows its row's button in tab order", async () => {
    mountControl({}, platformWithSessions());
    await flush();
    const tabStops = screen.getAllByRole("listitem").flatMap((item) => Array.from(item.querySelectorAll("button")).filter((button) => button.tabIndex >= 0));
    expect(tabStops.map((button) => button.getAttribute("aria-label") ?? button.textContent?.slice(0, 9))).toEqual(["Session 1", "Open conversation", "Session 2"]);
  });

  it("moves to the next and previous session with the arrow keys from a row's action", async () => {
    mountControl({}, platformWithSessions());
    await flush();
    screen.getByRole("button", { name: "Open conversation" }).focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByRole("button", { name: /^Session 2/ })).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    expect(screen.getByRole("button", { name: /^Session 1/ })).toHaveFocus();
  });
});
