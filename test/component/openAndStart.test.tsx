import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import { flushFrame } from "../fixtures/frames";
import { flush, mountControl } from "../fixtures/mountControl";
import { ACCOUNT_ID, ACCOUNT_NAME, sessionId, sessionRow, pageOf } from "../fixtures/sessionRows";

const NEW_SESSION = "99999999-9999-4999-8999-999999999999";

function platformWithOneSession() {
  const platform = createMockPlatform();
  platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
  return platform;
}

afterEach(() => {
  delete (globalThis as { Microsoft?: unknown }).Microsoft;
});

describe("opening a session", () => {
  it.each([
    ["a click", async (button: HTMLElement) => userEvent.click(button)],
    ["Enter", async (button: HTMLElement) => { button.focus(); await userEvent.keyboard("{Enter}"); }],
    ["Space", async (button: HTMLElement) => { button.focus(); await userEvent.keyboard(" "); }],
  ])("opens the session form on %s", async (_how, activate) => {
    const platform = platformWithOneSession();
    mountControl({ settings: { openInNewWindow: "yes" } }, platform);
    await flush();
    await activate(screen.getByRole("button", { name: /Session 1/ }));
    await flush();
    expect(platform.openForm).toHaveBeenCalledTimes(1);
    expect(platform.openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocsession", entityId: sessionId(1), openInNewWindow: true });
  });

  it("opens the session as a tab in a multi-session app, calling createTab as a method of Microsoft.Apm", async () => {
    const apm = {
      createTab: jest.fn(function (this: unknown) {
        if (this !== apm) throw new TypeError("createTab called detached");
        return Promise.resolve("tab-1");
      }),
    };
    const { createTab } = apm;
    (globalThis as { Microsoft?: unknown }).Microsoft = { Apm: apm };
    const platform = platformWithOneSession();
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: /Session 1/ }));
    await flush();
    expect(createTab).toHaveBeenCalledTimes(1);
    expect(platform.openForm).not.toHaveBeenCalled();
  });

  it("says so when the session cannot be opened", async () => {
    const platform = platformWithOneSession();
    platform.openForm.mockRejectedValueOnce({ errorCode: 0x80040220, message: "No read access" });
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: /Session 1/ }));
    await flush();
    expect(screen.getByText("The session could not be opened")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("The session could not be opened")).not.toBeInTheDocument();
  });
});

describe("starting a session through a form", () => {
  it.each([
    ["mainForm", false],
    ["quickCreate", true],
  ] as const)("opens the %s create form with the record as createFromEntity and no form parameters", async (startMode, useQuickCreateForm) => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(platform.openForm).toHaveBeenCalledTimes(1);
    expect(platform.openForm.mock.calls[0]).toEqual([
      { entityName: "msdyn_ocsession", createFromEntity: { entityType: "sample_bankaccount", id: ACCOUNT_ID, name: ACCOUNT_NAME }, useQuickCreateForm },
    ]);
  });

  it.each([
    ["a braced upper-case id", `{${NEW_SESSION.toUpperCase()}}`],
    ["a { guid } object", { guid: NEW_SESSION }],
  ])("reloads the list after a quick create save that answers %s", async (_shape, id) => {
    const platform = createMockPlatform();
    platform.openForm.mockResolvedValueOnce({ savedEntityReference: [{ entityType: "msdyn_ocsession", id, name: "New" }] } as never);
    mountControl({ settings: { startMode: "quickCreate" } }, platform);
    await flush();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(0, { activityid: NEW_SESSION, subject: "Brand new" })]));
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Brand new")).toBeInTheDocument();
  });

  it.each([{ savedEntityReference: [] }, { savedEntityReference: null }, null, undefined])(
    "changes nothing when quick create is cancelled (%p)",
    async (answer) => {
      const platform = createMockPlatform();
      platform.openForm.mockResolvedValueOnce(answer as never);
      mountControl({ settings: { startMode: "quickCreate" } }, platform);
      await flush();
      await userEvent.click(screen.getByRole("button", { name: "New session" }));
      await flush();
      expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
      expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
    },
  );

  it("frees New session as soon as the main form was asked to open, even if the platform never answers", async () => {
    const platform = createMockPlatform();
    platform.openForm.mockReturnValueOnce(new Promise(() => undefined));
    mountControl({ settings: { startMode: "mainForm" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(platform.openForm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
    expect(screen.queryByLabelText("Starting a session")).not.toBeInTheDocument();
  });

  it("reloads the list when the main form is closed, though the platform names no saved record", async () => {
    const platform = createMockPlatform();
    const closed = deferred<ComponentFramework.NavigationApi.OpenFormSuccessResponse>();
    platform.openForm.mockReturnValueOnce(closed.promise);
    mountControl({ settings: { startMode: "mainForm" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    closed.resolve(undefined as never);
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
  });

  it("says so when the main form cannot be opened", async () => {
    const platform = createMockPlatform();
    platform.openForm.mockRejectedValueOnce({ errorCode: 0x80040203, message: "Invalid argument" });
    mountControl({ settings: { startMode: "mainForm" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
  });
});

describe("starting a session directly", () => {
  it("creates the session regarding the record, reloads and opens it", async () => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    // The reload includes the counts and history, applied after the next frame.
    await flushFrame();
    expect(platform.createRecord).toHaveBeenCalledWith("msdyn_ocsession", {
      activityid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      subject: `Session with ${ACCOUNT_NAME}`,
      "regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind": `/sample_bankaccounts(${ACCOUNT_ID})`,
    });
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.openForm).toHaveBeenCalledWith({ entityName: "msdyn_ocsession", entityId: NEW_SESSION, openInNewWindow: false });
  });

  it("does not open a created session once the control has gone while the list reloaded", async () => {
    const platform = createMockPlatform();
    const { unmount } = mountControl({ settings: { startMode: "directCreate" } }, platform);
    await flush();
    const reload = deferred<ReturnType<typeof pageOf>>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(reload.promise);
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
    unmount();
    reload.resolve(pageOf([]));
    await flush();
    await flushFrame();
    expect(platform.openForm).not.toHaveBeenCalled();
  });

  it("makes one session however fast New session is clicked", async () => {
    const platform = createMockPlatform();
    const created = deferred<ComponentFramework.LookupValue>();
    platform.createRecord.mockReturnValueOnce(created.promise);
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await flush();
    const button = screen.getByRole("button", { name: "New session" });
    act(() => {
      button.click();
      button.click();
    });
    await userEvent.dblClick(button);
    expect(button).toBeDisabled();
    created.resolve({ entityType: "msdyn_ocsession", id: NEW_SESSION });
    await flush();
    await flushFrame();
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
    expect(button).toBeEnabled();
  });

  it("uses a valid navigation property override", async () => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode: "directCreate", regardingNavigationProperty: "regardingobjectid_sample_bankaccount" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    // The start ends after the reload's counts and history, applied after the next frame: let it end before unmount.
    await flushFrame();
    expect(platform.createRecord.mock.calls[0][1]).toHaveProperty(["regardingobjectid_sample_bankaccount@odata.bind"]);
  });

  it("ignores and reports an invalid navigation property override", async () => {
    const platform = createMockPlatform();
    mountControl({ settings: { startMode: "directCreate", regardingNavigationProperty: "bad name; drop" } }, platform);
    await flush();
    expect(screen.getByText(/"bad name; drop" is not a valid logical name/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    // The start ends after the reload's counts and history, applied after the next frame: let it end before unmount.
    await flushFrame();
    expect(platform.createRecord.mock.calls[0][1]).toHaveProperty(["regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind"]);
  });

  it("says so when the session cannot be created, and lists nothing new", async () => {
    const platform = createMockPlatform();
    platform.createRecord.mockRejectedValueOnce({ errorCode: 0x80040220, message: "Missing prvCreatemsdyn_ocsession" });
    mountControl({ settings: { startMode: "directCreate" } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "New session" }));
    await flush();
    expect(screen.getByText("The session could not be started")).toBeInTheDocument();
    expect(screen.getByText("Details: Missing prvCreatemsdyn_ocsession")).toBeInTheDocument();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.openForm).not.toHaveBeenCalled();
  });
});

describe("who may start a session", () => {
  it("shows New session once the session metadata is loaded and the user holds the Create privilege", async () => {
    const { platform } = mountControl();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    await flush();
    expect(screen.getByRole("button", { name: "New session" })).toBeInTheDocument();
    expect(platform.getEntityMetadata.mock.calls).toEqual([["msdyn_ocsession", ["msdyn_channel"]]]);
    expect(platform.hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 1, 0);
    expect(platform.requestRender).toHaveBeenCalledTimes(1);
  });

  it("asks for the privilege once per control instance, not on every updateView", async () => {
    const { platform, update } = mountControl();
    await flush();
    update();
    update({ isControlDisabled: true });
    await flush();
    expect(platform.getEntityMetadata).toHaveBeenCalledTimes(1);
    expect(platform.hasEntityPrivilege).toHaveBeenCalledTimes(1);
  });

  it("never shows New session while the metadata is still loading", async () => {
    const platform = createMockPlatform();
    const metadata = deferred<ComponentFramework.PropertyHelper.EntityMetadata>();
    platform.getEntityMetadata.mockReturnValueOnce(metadata.promise);
    const { update } = mountControl({}, platform);
    await flush();
    update();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    platform.cachedMetadata.add("msdyn_ocsession");
    metadata.resolve({ EntitySetName: "msdyn_ocsessions" });
    await flush();
    expect(screen.getByRole("button", { name: "New session" })).toBeInTheDocument();
  });

  it("hides New session from users without the Create privilege", async () => {
    const { platform } = mountControl({ canCreate: false });
    await flush();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    expect(platform.hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 1, 0);
  });

  it("keeps New session hidden, and the list working, when the session metadata cannot be loaded", async () => {
    const platform = platformWithOneSession();
    platform.getEntityMetadata.mockRejectedValueOnce({ errorCode: 0x80040217, message: "Could not find an entity with name msdyn_ocsession" });
    mountControl({}, platform);
    await flush();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Session 1/ })).toBeInTheDocument();
    expect(platform.hasEntityPrivilege).not.toHaveBeenCalled();
  });

  it("hides New session when the maker turned starting off, and with counts on does not ask the platform", async () => {
    const { platform } = mountControl({ settings: { allowStart: "no" } });
    await flush();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    expect(platform.getEntityMetadata).not.toHaveBeenCalled();
  });

  it("drops the privilege answer when the control was destroyed meanwhile", async () => {
    const platform = createMockPlatform();
    const metadata = deferred<ComponentFramework.PropertyHelper.EntityMetadata>();
    platform.getEntityMetadata.mockReturnValueOnce(metadata.promise);
    const { control } = mountControl({}, platform);
    control.destroy();
    metadata.resolve({ EntitySetName: "msdyn_ocsessions" });
    await flush();
    expect(platform.requestRender).not.toHaveBeenCalled();
  });

  it("disables New session while the form is disabled, but sessions still open", async () => {
    const platform = platformWithOneSession();
    mountControl({ isControlDisabled: true }, platform);
    await flush();
    expect(screen.getByRole("button", { name: "New session" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: /Session 1/ }));
    expect(platform.openForm).toHaveBeenCalledTimes(1);
  });
});

describe("the first save of a new record", () => {
  it.each([
    ["contextInfo and page", { record: { entityId: ACCOUNT_ID, entityTypeName: "sample_bankaccount", entityRecordName: ACCOUNT_NAME } }],
    ["page only", { record: { entityId: "", entityTypeName: "sample_bankaccount" }, page: { entityId: ACCOUNT_ID, entityTypeName: "sample_bankaccount" } }],
  ])("lists the sessions and enables New session in the same instance when the id arrives through %s", async (_how, saved) => {
    const platform = createMockPlatform();
    const { update } = mountControl({ record: { entityId: "", entityTypeName: "sample_bankaccount" } }, platform);
    await flush();
    expect(screen.getByText("Save this record to see its sessions and start a new one.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeDisabled();
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    update(saved);
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.retrieveMultipleRecords.mock.calls[0][1]).toContain(`_regardingobjectid_value eq ${ACCOUNT_ID}`);
    expect(screen.getByRole("button", { name: /Session 1/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
  });
});

describe("moving through the sessions with the keyboard", () => {
  it("moves focus with the arrow keys and jumps with Home and End", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1), sessionRow(2), sessionRow(3)]));
    mountControl({}, platform);
    await flush();
    const [first, second, third] = screen.getAllByRole("button", { name: /Session \d/ });
    first.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(second).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(third).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    expect(second).toHaveFocus();
    await userEvent.keyboard("{Home}");
    expect(first).toHaveFocus();
  });
});
