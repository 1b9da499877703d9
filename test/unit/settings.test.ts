import type { RawSettings } from "../../src/settings";
import { parseSettings } from "../../src/settings";

const defaults: RawSettings = {
  pageSize: 25,
  sessionState: "all",
  allowStart: "yes",
  startMode: "mainForm",
  sessionTemplate: null,
  openInNewWindow: "no",
  regardingNavigationProperty: null,
  showCounts: "yes",
  showHistory: "yes",
  visibleRows: 8,
  refreshInterval: null,
};

describe("parseSettings", () => {
  it("uses the manifest defaults when the maker set nothing", () => {
    const settings = parseSettings({
      pageSize: null,
      sessionState: null,
      allowStart: null,
      startMode: null,
      sessionTemplate: null,
      openInNewWindow: null,
      regardingNavigationProperty: null,
      showCounts: null,
      showHistory: null,
      visibleRows: null,
      refreshInterval: null,
    });
    expect(settings).toEqual({
      pageSize: 25,
      scope: "all",
      allowStart: true,
      startMode: "mainForm",
      sessionTemplate: null,
      openInNewWindow: false,
      regardingNavigationProperty: null,
      showCounts: true,
      showHistory: true,
      visibleRows: 8,
      refreshIntervalSeconds: null,
      problems: [],
    });
  });

  it.each([5, 6, 100, 249, 250])("accepts page size %p", (pageSize) => {
    expect(parseSettings({ ...defaults, pageSize }).pageSize).toBe(pageSize);
  });

  it.each([4, 251, 0, -10, 2.5, Number.NaN, Infinity, "abc", "", undefined, null, {}])(
    "falls back to 25 for page size %p",
    (pageSize) => {
      expect(parseSettings({ ...defaults, pageSize }).pageSize).toBe(25);
    },
  );

  it("reads a page size given as text", () => {
    expect(parseSettings({ ...defaults, pageSize: "50" }).pageSize).toBe(50);
  });

  it.each(["all", "open", "closed"])("accepts the %s state filter", (sessionState) => {
    expect(parseSettings({ ...defaults, sessionState }).scope).toBe(sessionState);
  });

  it.each(["ALL", "active", 1, null])("shows all sessions for an unknown state filter %p", (sessionState) => {
    expect(parseSettings({ ...defaults, sessionState }).scope).toBe("all");
  });

  it("turns starting off only for an explicit no", () => {
    expect(parseSettings({ ...defaults, allowStart: "no" }).allowStart).toBe(false);
    expect(parseSettings({ ...defaults, allowStart: "yes" }).allowStart).toBe(true);
    expect(parseSettings({ ...defaults, allowStart: "maybe" }).allowStart).toBe(true);
  });

  it.each(["mainForm", "quickCreate", "directCreate"])("accepts the %s start mode", (startMode) => {
    expect(parseSettings({ ...defaults, startMode }).startMode).toBe(startMode);
  });

  it("starts through the main form for an unknown start mode", () => {
    expect(parseSettings({ ...defaults, startMode: "teleport" }).startMode).toBe("mainForm");
  });

  it("opens in a new window only for an explicit yes", () => {
    expect(parseSettings({ ...defaults, openInNewWindow: "yes" }).openInNewWindow).toBe(true);
    expect(parseSettings({ ...defaults, openInNewWindow: "no" }).openInNewWindow).toBe(false);
    expect(parseSettings({ ...defaults, openInNewWindow: true }).openInNewWindow).toBe(false);
  });

  it("keeps a valid navigation property override, trimmed", () => {
    const settings = parseSettings({ ...defaults, regardingNavigationProperty: "  regardingobjectid_sample_bankaccount_msdyn_ocsession " });
    expect(settings.regardingNavigationProperty).toBe("regardingobjectid_sample_bankaccount_msdyn_ocsession");
    expect(settings.problems).toEqual([]);
  });

  it.each(["", "   ", null, undefined])("treats an empty override %p as no override", (value) => {
    const settings = parseSettings({ ...defaults, regardingNavigationProperty: value });
    expect(settings.regardingNavigationProperty).toBeNull();
    expect(settings.problems).toEqual([]);
  });

  it.each(["Regarding", "1abc", "nav-prop", "nav prop", "x@odata.bind", "/sample_bankaccounts(1)", "a".repeat(129)])(
    "ignores and reports the invalid override %p",
    (value) => {
      const settings = parseSettings({ ...defaults, regardingNavigationProperty: value });
      expect(settings.regardingNavigationProperty).toBeNull();
      expect(settings.problems).toEqual([{ messageKey: "Settings_InvalidNavigationProperty", value: value.trim() }]);
    },
  );
});

describe("counts and visible rows", () => {
  it.each([
    ["no", false],
    ["yes", true],
    ["maybe", true],
    [null, true],
  ])("shows counts for %p: %p", (showCounts, shown) => {
    expect(parseSettings({ ...defaults, showCounts }).showCounts).toBe(shown);
  });

  it.each([
    ["no", false],
    ["yes", true],
    ["maybe", true],
    [null, true],
  ])("shows the history chart for %p: %p", (showHistory, shown) => {
    expect(parseSettings({ ...defaults, showHistory }).showHistory).toBe(shown);
  });

  it.each([3, 8, 50, "12"])("accepts %p visible rows", (visibleRows) => {
    expect(parseSettings({ ...defaults, visibleRows }).visibleRows).toBe(Number(visibleRows));
  });

  it.each([2, 51, 0, -1, 7.5, "x", null, {}])("falls back to 8 visible rows for %p", (visibleRows) => {
    expect(parseSettings({ ...defaults, visibleRows }).visibleRows).toBe(8);
  });
});

describe("refresh every N seconds", () => {
  it.each([
    [null, null],
    ["", null],
    [0, null],
    [-5, null],
    [12.5, null],
    ["abc", null],
    [1, 30],
    [29, 30],
    [30, 30],
    ["90", 90],
    [3600, 3600],
    [86_400, 3600],
  ])("turns %p into %p", (refreshInterval, seconds) => {
    expect(parseSettings({ ...defaults, refreshInterval }).refreshIntervalSeconds).toBe(seconds);
  });
});

describe("the workspace session start mode and its session template", () => {
  it("accepts workspaceSession as a start mode", () => {
    expect(parseSettings({ ...defaults, startMode: "workspaceSession" }).startMode).toBe("workspaceSession");
  });

  it.each([
    ["sample_bankaccount_session", "sample_bankaccount_session"],
    ["  contoso_bankaccount_session  ", "contoso_bankaccount_session"],
    ["case_entity_session_default_template", "case_entity_session_default_template"],
    [null, null],
    ["", null],
    ["   ", null],
  ])("reads the template %p as %p, with no problem", (sessionTemplate, expected) => {
    const settings = parseSettings({ ...defaults, startMode: "workspaceSession", sessionTemplate });
    expect(settings.sessionTemplate).toBe(expected);
    expect(settings.problems).toEqual([]);
  });

  it.each(["no underscore", "nounderscore", "_leading", "with space_name", "bad-char_name", "x_<script>", `a_${"b".repeat(120)}`])(
    "ignores the template %p and reports it",
    (sessionTemplate) => {
      const settings = parseSettings({ ...defaults, startMode: "workspaceSession", sessionTemplate });
      expect(settings.sessionTemplate).toBeNull();
      expect(settings.problems).toEqual([{ messageKey: "Settings_InvalidSessionTemplate", value: sessionTemplate.slice(0, 100) }]);
    },
  );

  it.each([42, {}, ["a_b"]])("ignores a template given as %p", (sessionTemplate) => {
    expect(parseSettings({ ...defaults, startMode: "workspaceSession", sessionTemplate }).sessionTemplate).toBeNull();
  });

  it("neither reads nor reports a template in the other start modes", () => {
    const settings = parseSettings({ ...defaults, startMode: "mainForm", sessionTemplate: "not a template" });
    expect(settings.sessionTemplate).toBeNull();
    expect(settings.problems).toEqual([]);
  });
});
