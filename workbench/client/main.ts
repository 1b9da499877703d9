import { SAMPLE_SESSION_TEMPLATE, SessionBar, SessionTabs } from "./navigation/apm.js";
import { exposeAutomation } from "./automation.js";
import { byId } from "./page/dom.js";
import { EventLog } from "./page/eventLog.js";
import { UNSAVED_RECORD } from "./page/hostState.js";
import type { FormRecord, HostState } from "./page/hostState.js";
import { restoreSavedHostState } from "./page/hostStateStore.js";
import { connectLiveReload } from "./liveReload/liveReload.js";
import { fetchManifest, languageIdOfResx } from "./context/manifest.js";
import type { ControlManifest } from "./context/manifest.js";
import { fetchAccounts, renderRecordPicker, showFatalError, showState, wireSaveNewRecord } from "./page/page.js";
import { defaultParameterValues } from "./context/parameters.js";
import { loadControl } from "./platformLibraries.js";
import { fetchResx } from "./context/resources.js";
import { platformAnswerSwitches } from "./switches/platformSwitches.js";
import { installTabVisibility, timePassesSwitches } from "./switches/timePasses.js";
import { renderSettingsPanel } from "./switches/settingsPanel.js";
import { createWebApi } from "./context/webApi.js";
import type { ThemeName } from "./locale/theme.js";
import { Workbench } from "./page/workbench.js";

const DEFAULT_LANGUAGE_ID = 1033;

/** A few switches can be preset in the address (?record=<id>|new&theme=dark&width=narrow), for links and screenshots. */
function initialState(manifest: ControlManifest, accounts: readonly FormRecord[]): HostState {
  const query = new URLSearchParams(location.search);
  const recordChoice = query.get("record");
  const record = recordChoice === "new" ? UNSAVED_RECORD : accounts.find((account) => account.id === recordChoice) ?? accounts[0] ?? UNSAVED_RECORD;
  const languages = manifest.resxPaths.map(languageIdOfResx);
  return {
    record,
    theme: query.get("theme") === "dark" || query.get("theme") === "highContrast" ? (query.get("theme") as ThemeName) : "light",
    width: query.get("width") === "narrow" ? "narrow" : "wide",
    languageId: languages.includes(DEFAULT_LANGUAGE_ID) ? DEFAULT_LANGUAGE_ID : languages[0] ?? DEFAULT_LANGUAGE_ID,
    formDisabled: false,
    noCreatePrivilege: false,
    multiSession: false,
    appProfileTemplates: SAMPLE_SESSION_TEMPLATE,
    parameterValues: defaultParameterValues(manifest),
    savedIdShape: "bracedString",
    mainFormNeverSettles: false,
    firstSaveUpdatesPageOnly: false,
  };
}

/** The running workbench once started: live reload saves its state before it reloads the page. */
let started: Workbench | undefined;

async function start(): Promise<void> {
  installTabVisibility();
  const log = new EventLog(byId<HTMLOListElement>("event-log"));
  byId("clear-event-log").addEventListener("click", () => log.clear());
  const manifest = await fetchManifest();
  const controlConstructor = await loadControl(manifest.controlName);
  // The user's language is the host state's (the Language switch); before the first form load there is none yet.
  const webApi = createWebApi(() => started?.current.languageId);
  const accounts = await fetchAccounts(webApi);
  const workbench = new Workbench(
    {
      manifest,
      controlConstructor,
      webApi,
      log,
      tabs: new SessionTabs(byId("session-tabs")),
      sessionBar: new SessionBar(byId("session-bar")),
      controlContainer: byId("control-container"),
      showState,
    },
    restoreSavedHostState(initialState(manifest, accounts)),
  );
  started = workbench;
  const pickRecord = (record: FormRecord): void => void workbench.change({ record });
  renderRecordPicker(accounts, workbench.current.record, pickRecord);
  wireSaveNewRecord(workbench, async (saved) => renderRecordPicker(await fetchAccounts(webApi), saved, pickRecord));
  const settingsStrings = await fetchResx(manifest.resxPaths[0] ?? "");
  renderSettingsPanel(byId("settings"), workbench, manifest, settingsStrings, (text) => log.note(text));
  byId("settings").append(platformAnswerSwitches(workbench), timePassesSwitches(log));
  window.addEventListener("resize", () => workbench.containerResized());
  await workbench.start();
  exposeAutomation(workbench);
  document.body.dataset.workbenchReady = "true";
}

// Connected before the start, so that a page whose start failed (no bundle after a failed build) still reloads
// after the next good build.
connectLiveReload(() => started?.current);
start().catch(showFatalError);
