import { mergeSaved, restoreSavedHostState, saveHostState } from "../../workbench/client/page/hostStateStore";

const defaults = {
  record: { id: "a1", name: "Contoso" },
  theme: "light",
  width: "wide",
  languageId: 1033,
  formDisabled: false,
  parameterValues: { pageSize: "25", sessionState: "all" },
};

describe("the host state carried across a live reload", () => {
  afterEach(() => sessionStorage.clear());

  it("comes back as it was saved, whatever switches it holds, and only once", () => {
    const chosen = {
      ...defaults,
      record: { id: "b2", name: "Fabrikam" },
      theme: "dark",
      width: "narrow",
      formDisabled: true,
      parameterValues: { pageSize: "5", sessionState: "open" },
    };
    saveHostState(chosen);

    expect(restoreSavedHostState(defaults)).toEqual(chosen);
    expect(restoreSavedHostState(defaults)).toEqual(defaults);
  });

  it("keeps a switch added to HostState later, with no change to the store", () => {
    saveHostState({ ...defaults, slowNetwork: true });

    expect(restoreSavedHostState({ ...defaults, slowNetwork: false })).toEqual({ ...defaults, slowNetwork: true });
  });

  it("gives new switches and new maker settings their defaults and drops the ones that are gone", () => {
    const merged = mergeSaved(
      { ...defaults, multiSession: false, parameterValues: { ...defaults.parameterValues, openInNewWindow: "no" } },
      { ...defaults, removedSwitch: "x", parameterValues: { pageSize: "5", sessionState: "all", removedSetting: "1" } },
    );

    expect(merged).toEqual({ ...defaults, multiSession: false, parameterValues: { pageSize: "5", sessionState: "all", openInNewWindow: "no" } });
  });

  it("falls back to the default for a value of another type, and to all defaults for unreadable storage", () => {
    expect(mergeSaved(defaults, { ...defaults, languageId: "1031", record: "b2" })).toEqual(defaults);
    sessionStorage.setItem("related-sessions-workbench:host-state", "{not json");
    expect(restoreSavedHostState(defaults)).toEqual(defaults);
  });
});
