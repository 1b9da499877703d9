import { setMultiSessionApp } from "../navigation/apm.js";
import type { SessionBar, SessionTabs } from "../navigation/apm.js";
import { buildContext } from "../context/context.js";
import type { ContextServices } from "../context/context.js";
import { ControlHost } from "../controlHost.js";
import type { EventLog } from "./eventLog.js";
import type { ControlConstructor } from "../context/platformTypes.js";
import { HOST_TABLE, REMOUNTING_SWITCHES } from "./hostState.js";
import type { FormRecord, HostState } from "./hostState.js";
import { languageIdOfResx } from "../context/manifest.js";
import { MetadataCache } from "../context/metadata.js";
import type { ControlManifest } from "../context/manifest.js";
import { createNavigation } from "../navigation/navigation.js";
import { changedParameters } from "../context/parameters.js";
import { fetchResx } from "../context/resources.js";
import type { StringTable } from "../context/resources.js";
import { languageHeader } from "../context/webApi.js";

export interface WorkbenchParts {
  manifest: ControlManifest;
  controlConstructor: ControlConstructor;
  webApi: ComponentFramework.WebApi;
  log: EventLog;
  tabs: SessionTabs;
  sessionBar: SessionBar;
  controlContainer: HTMLElement;
  /** Brings the page (header, theme, width) in line with the state before the control sees it. */
  showState(state: HostState): void;
}

/** Which non-parameter switches updateView names in context.updatedProperties. */
function changedModeMembers(before: HostState, after: HostState): string[] {
  const changed: string[] = [];
  if (before.theme !== after.theme) changed.push("fluentDesignLanguage");
  if (before.width !== after.width) changed.push("layout");
  if (before.formDisabled !== after.formDisabled) changed.push("isControlDisabled");
  return changed;
}

/** Owns the host state and turns each switch into what a form would do: a new form load or an updateView. */
export class Workbench {
  private readonly stringsByLanguage = new Map<number, StringTable>();
  private readonly services: ContextServices;
  private readonly host: ControlHost;

  constructor(private readonly parts: WorkbenchParts, private state: HostState) {
    this.services = {
      manifest: parts.manifest,
      strings: new Map(),
      webApi: parts.webApi,
      navigation: createNavigation(parts.webApi, parts.log, () => this.state),
      metadata: new MetadataCache(() => languageHeader(this.state.languageId)),
      log: parts.log,
      requestRender: () => this.host.requestRender(),
      layout: { tracksContainerResize: false },
    };
    this.host = new ControlHost(parts.controlConstructor, parts.controlContainer, (updated) => buildContext(this.state, this.services, updated), parts.log);
  }

  get current(): HostState {
    return this.state;
  }

  async start(): Promise<void> {
    await this.reload();
  }

  /** A fresh form load: strings for the language, the app's globals, then a new control instance. */
  async reload(): Promise<void> {
    this.services.strings = await this.stringsFor(this.state.languageId);
    this.services.layout.tracksContainerResize = false;
    setMultiSessionApp(this.state.multiSession, {
      tabs: this.parts.tabs,
      sessionBar: this.parts.sessionBar,
      log: this.parts.log,
      appProfileTemplates: () => this.state.appProfileTemplates,
    });
    this.parts.showState(this.state);
    this.host.mount();
  }

  async change(patch: Partial<HostState>): Promise<void> {
    const before = this.state;
    this.state = { ...before, ...patch };
    if (REMOUNTING_SWITCHES.some((key) => before[key] !== this.state[key])) {
      this.state.contextInfoRecord = undefined;
      await this.reload();
      return;
    }
    this.parts.showState(this.state);
    const updated = [...changedParameters(before.parameterValues, this.state.parameterValues), ...changedModeMembers(before, this.state)];
    if (updated.length > 0) this.host.update(updated);
  }

  /**
   * Saves the new, unsaved record the way a form's Save does: the form refreshes without a new control instance,
   * so the same control must pick the id up on its next updateView (from contextInfo, or only from page when the
   * firstSaveUpdatesPageOnly switch is on). Resolves the saved record.
   */
  async saveNewRecord(name: string): Promise<FormRecord> {
    const created = await this.parts.webApi.createRecord(HOST_TABLE, { sample_name: name });
    const record = { id: created.id, name };
    const unsaved = this.state.record;
    this.state = { ...this.state, record, contextInfoRecord: this.state.firstSaveUpdatesPageOnly ? unsaved : undefined };
    this.parts.log.note(`form saved: ${HOST_TABLE} ${record.id} (same control instance${this.state.firstSaveUpdatesPageOnly ? ", only context.page updated" : ""})`);
    this.parts.showState(this.state);
    this.host.update([]);
    return record;
  }

  /** updateView naming only these properties; none is a change elsewhere on the form. */
  updateView(updatedProperties: string[]): void {
    this.host.update(updatedProperties);
  }

  /** Window resizes reach the control only when it asked to track its container. */
  containerResized(): void {
    if (this.services.layout.tracksContainerResize) this.host.update(["layout"]);
  }

  private async stringsFor(languageId: number): Promise<StringTable> {
    const cached = this.stringsByLanguage.get(languageId);
    if (cached) return cached;
    const resxPath = this.parts.manifest.resxPaths.find((path) => languageIdOfResx(path) === languageId) ?? this.parts.manifest.resxPaths[0];
    const strings = resxPath ? await fetchResx(resxPath) : new Map<string, string>();
    this.stringsByLanguage.set(languageId, strings);
    return strings;
  }
}
