import { createSessionNavigator } from "../../src/platform/navigation";
import { WorkspaceSessionFailure } from "../../src/platform/multiSession";

const SESSION = "0f8fad5b-d9cb-469f-a165-70867728950e";
const ACCOUNT = { id: "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41", entityType: "sample_bankaccount", name: "Contoso Everyday Checking" };

type ApmWindow = { Microsoft?: unknown };

function setup() {
  const openForm = jest.fn().mockResolvedValue({ savedEntityReference: [] });
  const navigator = createSessionNavigator(() => ({ openForm }) as unknown as ComponentFramework.Navigation);
  return { navigator, openForm };
}

afterEach(() => {
  delete (globalThis as ApmWindow).Microsoft;
});

describe("opening a session", () => {
  it("opens the session form with the maker's window choice", async () => {
    const { navigator, openForm } = setup();
    await navigator.openSession(SESSION, true);
    expect(openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocsession", entityId: SESSION, openInNewWindow: true });
  });

  it("opens the session as a tab inside a multi-session app", async () => {
    const createTab = jest.fn().mockResolvedValue("tab-1");
    (globalThis as ApmWindow).Microsoft = { Apm: { createTab } };
    const { navigator, openForm } = setup();
    await navigator.openSession(SESSION, false);
    expect(createTab).toHaveBeenCalledWith({
      templateName: "msdyn_entityrecord",
      appContext: new Map([
        ["entityName", "msdyn_ocsession"],
        ["entityId", SESSION],
      ]),
      isFocused: true,
    });
    expect(openForm).not.toHaveBeenCalled();
  });

  it("calls createTab as a method of Microsoft.Apm, so a platform method that relies on `this` works", async () => {
    const apm = {
      tabs: [] as string[],
      createTab(this: { tabs: string[] } | undefined, input: { appContext: Map<string, string> }) {
        if (this !== apm) throw new TypeError("Cannot read properties of undefined (reading 'tabs')");
        this.tabs.push(input.appContext.get("entityId") ?? "");
        return Promise.resolve(`tab-${this.tabs.length}`);
      },
    };
    (globalThis as ApmWindow).Microsoft = { Apm: apm };
    const { navigator, openForm } = setup();
    await navigator.openSession(SESSION, false);
    expect(apm.tabs).toEqual([SESSION]);
    expect(openForm).not.toHaveBeenCalled();
  });

  it.each([
    ["throws", () => { throw new Error("no tabs here"); }],
    ["rejects", () => Promise.reject(new Error("tab limit reached"))],
  ])("falls back to openForm when createTab %s", async (_how, createTab) => {
    (globalThis as ApmWindow).Microsoft = { Apm: { createTab } };
    const { navigator, openForm } = setup();
    await navigator.openSession(SESSION, false);
    expect(openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocsession", entityId: SESSION, openInNewWindow: false });
  });
});

describe("opening the new session form", () => {
  const newSessionForm = (useQuickCreateForm: boolean) => ({
    entityName: "msdyn_ocsession",
    createFromEntity: { entityType: "sample_bankaccount", id: ACCOUNT.id, name: ACCOUNT.name },
    useQuickCreateForm,
  });

  it("prefills the regarding through createFromEntity alone, with no form parameters (main form)", async () => {
    const { navigator, openForm } = setup();
    await navigator.openMainForm(ACCOUNT);
    expect(openForm).toHaveBeenCalledTimes(1);
    expect(openForm.mock.calls[0]).toEqual([newSessionForm(false)]);
  });

  it("prefills the regarding through createFromEntity alone, with no form parameters (quick create)", async () => {
    const { navigator, openForm } = setup();
    await navigator.openQuickCreateForm(ACCOUNT);
    expect(openForm).toHaveBeenCalledTimes(1);
    expect(openForm.mock.calls[0]).toEqual([newSessionForm(true)]);
  });

  it.each([
    ["a braced upper-case string", `{${SESSION.toUpperCase()}}`],
    ["a plain string", SESSION],
    ["a { guid } object", { guid: SESSION.toUpperCase() }],
    ["a { guid } object with braces", { guid: `{${SESSION}}` }],
  ])("resolves the quick-created session's id given as %s", async (_shape, id) => {
    const { navigator, openForm } = setup();
    openForm.mockResolvedValue({ savedEntityReference: [{ entityType: "msdyn_ocsession", id, name: "New" }] } as never);
    await expect(navigator.openQuickCreateForm(ACCOUNT)).resolves.toBe(SESSION);
  });

  it("reads a single saved reference that is not wrapped in an array", async () => {
    const { navigator, openForm } = setup();
    openForm.mockResolvedValue({ savedEntityReference: { entityType: "msdyn_ocsession", id: { guid: SESSION }, name: "New" } } as never);
    await expect(navigator.openQuickCreateForm(ACCOUNT)).resolves.toBe(SESSION);
  });

  it.each([{ savedEntityReference: [] }, { savedEntityReference: null }, {}, undefined, null, { savedEntityReference: [{ id: "nope" }] }, { savedEntityReference: [{ id: {} }] }])(
    "resolves null when quick create was cancelled or saved nothing usable (%p)",
    async (response) => {
      const { navigator, openForm } = setup();
      openForm.mockResolvedValue(response as never);
      await expect(navigator.openQuickCreateForm(ACCOUNT)).resolves.toBeNull();
    },
  );

  it("lets a main form's rejection through to the caller", async () => {
    const { navigator, openForm } = setup();
    openForm.mockRejectedValue({ errorCode: 2147746305, message: "Invalid form parameter" });
    await expect(navigator.openMainForm(ACCOUNT)).rejects.toMatchObject({ message: "Invalid form parameter" });
  });
});

describe("starting a workspace session", () => {
  const PARAMETERS_STR = `[["entityName","sample_bankaccount"],["entityId","${ACCOUNT.id}"]]`;

  it("calls Microsoft.Apm.createSession with the template, the record in parametersStr and isFocused", async () => {
    const createSession = jest.fn().mockResolvedValue("session-1");
    (globalThis as ApmWindow).Microsoft = { Apm: { createSession } };
    const { navigator, openForm } = setup();
    await expect(navigator.startWorkspaceSession("sample_bankaccount_session", ACCOUNT)).resolves.toBe(true);
    expect(createSession).toHaveBeenCalledTimes(1);
    const [input] = createSession.mock.calls[0] as [{ templateName: string; sessionContext: Map<string, string>; isFocused: boolean }];
    expect(input.templateName).toBe("sample_bankaccount_session");
    expect(input.isFocused).toBe(true);
    expect(input.sessionContext).toBeInstanceOf(Map);
    expect([...input.sessionContext.entries()]).toEqual([["parametersStr", PARAMETERS_STR]]);
    expect(openForm).not.toHaveBeenCalled();
  });

  it("puts the record id into parametersStr bare, without braces", async () => {
    const createSession = jest.fn().mockResolvedValue("session-1");
    (globalThis as ApmWindow).Microsoft = { Apm: { createSession } };
    const { navigator } = setup();
    await navigator.startWorkspaceSession("sample_bankaccount_session", { ...ACCOUNT, id: `{${ACCOUNT.id}}` });
    expect((createSession.mock.calls[0] as [{ sessionContext: Map<string, string> }])[0].sessionContext.get("parametersStr")).toBe(PARAMETERS_STR);
  });

  it("calls createSession as a method of Microsoft.Apm, so a platform method that relies on `this` works", async () => {
    const apm = {
      sessions: [] as string[],
      createSession(this: { sessions: string[] } | undefined, input: { templateName: string }) {
        if (this !== apm) throw new TypeError("Cannot read properties of undefined (reading 'sessions')");
        this.sessions.push(input.templateName);
        return Promise.resolve(`session-${this.sessions.length}`);
      },
    };
    (globalThis as ApmWindow).Microsoft = { Apm: apm };
    const { navigator } = setup();
    await expect(navigator.startWorkspaceSession("sample_bankaccount_session", ACCOUNT)).resolves.toBe(true);
    expect(apm.sessions).toEqual(["sample_bankaccount_session"]);
  });

  it.each([
    ["outside a multi-session app", undefined],
    ["where Microsoft.Apm has no createSession", { Apm: { createTab: jest.fn() } }],
    ["where Microsoft has no Apm", {}],
  ])("answers false %s, so the caller falls back to a form", async (_where, microsoft) => {
    if (microsoft !== undefined) (globalThis as ApmWindow).Microsoft = microsoft;
    const { navigator, openForm } = setup();
    await expect(navigator.startWorkspaceSession("sample_bankaccount_session", ACCOUNT)).resolves.toBe(false);
    expect(openForm).not.toHaveBeenCalled();
  });

  it.each([
    ["throws", () => { throw new Error("Template not found"); }],
    ["rejects", () => Promise.reject(new Error("Template not in app profile"))],
  ])("fails with the template's name when createSession %s, and opens nothing else", async (_how, createSession) => {
    (globalThis as ApmWindow).Microsoft = { Apm: { createSession } };
    const { navigator, openForm } = setup();
    const failure = navigator.startWorkspaceSession("sample_missing_template", ACCOUNT);
    await expect(failure).rejects.toBeInstanceOf(WorkspaceSessionFailure);
    await expect(failure).rejects.toMatchObject({ templateName: "sample_missing_template" });
    expect(openForm).not.toHaveBeenCalled();
  });
});

describe("opening the conversation behind a session", () => {
  const CONVERSATION = "5a0e2c1b-7d34-4f6a-9b8c-1d2e3f4a5b6c";

  it.each([true, false])("opens the conversation form (openInNewWindow %p) outside a multi-session app", async (openInNewWindow) => {
    const { navigator, openForm } = setup();
    await navigator.openConversation(CONVERSATION, openInNewWindow);
    expect(openForm).toHaveBeenCalledTimes(1);
    expect(openForm.mock.calls[0]).toEqual([{ entityName: "msdyn_ocliveworkitem", entityId: CONVERSATION, openInNewWindow }]);
  });

  it("opens the conversation as a tab through createTab, called as a method, in a multi-session app", async () => {
    const apm = {
      createTab: jest.fn(function (this: unknown) {
        if (this !== apm) throw new TypeError("createTab called detached");
        return Promise.resolve("tab-1");
      }),
    };
    (globalThis as ApmWindow).Microsoft = { Apm: apm };
    const { navigator, openForm } = setup();
    await navigator.openConversation(CONVERSATION, true);
    expect(apm.createTab.mock.calls).toEqual([
      [{ templateName: "msdyn_entityrecord", appContext: new Map([["entityName", "msdyn_ocliveworkitem"], ["entityId", CONVERSATION]]), isFocused: true }],
    ]);
    expect(openForm).not.toHaveBeenCalled();
  });
});
