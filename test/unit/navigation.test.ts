import { createSessionNavigator } from "../../src/platform/navigation";

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
  it.each([true, false])("passes the record as createFromEntity and regarding parameters (quick create %p)", async (useQuickCreateForm) => {
    const { navigator, openForm } = setup();
    await navigator.openNewSessionForm(ACCOUNT, useQuickCreateForm);
    expect(openForm).toHaveBeenCalledWith(
      { entityName: "msdyn_ocsession", createFromEntity: { entityType: "sample_bankaccount", id: ACCOUNT.id, name: ACCOUNT.name }, useQuickCreateForm },
      { regardingobjectid: ACCOUNT.id, regardingobjectidname: ACCOUNT.name, regardingobjectidtype: "sample_bankaccount" },
    );
  });

  it("resolves the saved session's id", async () => {
    const { navigator, openForm } = setup();
    openForm.mockResolvedValue({ savedEntityReference: [{ entityType: "msdyn_ocsession", id: `{${SESSION.toUpperCase()}}`, name: "New" }] });
    await expect(navigator.openNewSessionForm(ACCOUNT, false)).resolves.toBe(SESSION);
  });

  it.each([{ savedEntityReference: [] }, {}, undefined, { savedEntityReference: [{ id: "nope" }] }])(
    "resolves null when nothing was saved (%p)",
    async (response) => {
      const { navigator, openForm } = setup();
      openForm.mockResolvedValue(response);
      await expect(navigator.openNewSessionForm(ACCOUNT, false)).resolves.toBeNull();
    },
  );
});
