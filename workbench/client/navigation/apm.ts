import { h } from "../page/dom.js";
import type { EventLog } from "../page/eventLog.js";
import type { ApmSessionInput, ApmTabInput } from "../context/platformTypes.js";
import { platformGlobals } from "../platformLibraries.js";

/** The tab strip of a multi-session app: the form's own tab plus one per Microsoft.Apm.createTab call. */
export class SessionTabs {
  private tabCount = 0;

  constructor(private readonly strip: HTMLElement) {}

  show(visible: boolean): void {
    this.strip.hidden = !visible;
    if (!visible) this.strip.querySelectorAll("[data-apm-tab]").forEach((tab) => tab.remove());
  }

  add(title: string, focused: boolean): string {
    this.tabCount += 1;
    const tabId = `apm-tab-${this.tabCount}`;
    const tab = h("button", { text: title, attrs: { type: "button", role: "tab", "aria-selected": "false", "data-apm-tab": tabId } });
    tab.addEventListener("click", () => this.select(tab));
    this.strip.append(tab);
    if (focused) this.select(tab);
    return tabId;
  }

  private select(tab: HTMLElement): void {
    this.strip.querySelectorAll("[role=tab]").forEach((other) => other.setAttribute("aria-selected", String(other === tab)));
  }
}

/** The session template the workbench's app profile holds at first: an entity session template for the bank account. */
export const SAMPLE_SESSION_TEMPLATE = "sample_bankaccount_session";

/** The left-hand session bar of a multi-session app: Home, then one entry per workspace session created. */
export class SessionBar {
  private sessionCount = 0;

  constructor(private readonly bar: HTMLElement) {}

  show(visible: boolean): void {
    this.bar.hidden = !visible;
    if (!visible) this.bar.querySelectorAll("[data-workspace-session]").forEach((session) => session.remove());
  }

  add(title: string, focused: boolean): string {
    this.sessionCount += 1;
    const sessionId = `workspace-session-${this.sessionCount}`;
    const entry = h("li", { text: title, attrs: { "data-workspace-session": sessionId } });
    this.bar.querySelector("ul")?.append(entry);
    if (focused) this.bar.querySelectorAll("li").forEach((other) => other.setAttribute("aria-current", String(other === entry)));
    return sessionId;
  }
}

/** The session context's anchor record: parametersStr holds the JSON text [["entityName", …], ["entityId", …]]. */
function anchorRecord(input: ApmSessionInput): { entityName: string; entityId: string } {
  const parametersStr = input.sessionContext?.get("parametersStr");
  if (typeof parametersStr !== "string") throw new TypeError("sessionContext has no parametersStr");
  const parameters = new Map(JSON.parse(parametersStr) as Array<[string, string]>);
  const entityName = parameters.get("entityName");
  const entityId = parameters.get("entityId");
  if (typeof entityName !== "string" || typeof entityId !== "string") throw new TypeError("parametersStr names no entityName and entityId");
  return { entityName, entityId };
}

function templatesIn(list: string): string[] {
  return list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

function tabTitle(input: ApmTabInput): string {
  if (input.title) return input.title;
  const entityName = input.appContext?.get("entityName");
  const entityId = input.appContext?.get("entityId");
  return [entityName, entityId].filter((part) => part !== undefined).join(" ") || input.templateName;
}

/**
 * Microsoft.Apm as Customer Service workspace has it: an object whose methods use `this`, so calling one detached
 * (`const f = Microsoft.Apm.createTab; f(…)`) throws as a platform method may. Documented input: templateName,
 * appContext, isFocused (https://learn.microsoft.com/dynamics365/customer-service/develop/reference/methods/createtab).
 */
class AppProfileManager {
  constructor(private readonly app: MultiSessionApp) {}

  createTab(input: ApmTabInput): Promise<string> {
    this.app.log.call("Microsoft.Apm.createTab", input);
    return Promise.resolve(this.app.tabs.add(tabTitle(input), input.isFocused !== false));
  }

  /**
   * createSession (https://learn.microsoft.com/dynamics365/customer-service/develop/reference/methods/createsession):
   * "The user invoking these methods must be assigned to an app profile that contains the session template", so a
   * template not in the emulated profile fails. How the platform fails is undocumented; here it rejects with an Error.
   * Answers the new session's id; the session appears in the session bar, focused unless isFocused is false.
   */
  createSession(input: ApmSessionInput): Promise<string> {
    this.app.log.call("Microsoft.Apm.createSession", input);
    if (!templatesIn(this.app.appProfileTemplates()).includes(input.templateName)) {
      return Promise.reject(new Error(`The session template '${input.templateName}' is not in the user's app profile, or does not exist.`));
    }
    let anchor: { entityName: string; entityId: string };
    try {
      anchor = anchorRecord(input);
    } catch (error) {
      return Promise.reject(error);
    }
    const sessionId = this.app.sessionBar.add(`${anchor.entityName} ${anchor.entityId} · ${input.templateName}`, input.isFocused !== false);
    this.app.log.note(`workspace session ${sessionId} opened from ${input.templateName} for ${anchor.entityName} ${anchor.entityId}`);
    return Promise.resolve(sessionId);
  }
}

/** What the emulated multi-session app is made of on the page. */
export interface MultiSessionApp {
  tabs: SessionTabs;
  sessionBar: SessionBar;
  log: EventLog;
  /** The session templates of the user's app profile, as the switch lists them (read on every call). */
  appProfileTemplates(): string;
}

/** Multi-session on: defines window.Microsoft.Apm like Customer Service workspace; off removes it. */
export function setMultiSessionApp(enabled: boolean, app: MultiSessionApp): void {
  app.tabs.show(enabled);
  app.sessionBar.show(enabled);
  if (!enabled) {
    delete platformGlobals.Microsoft;
    return;
  }
  platformGlobals.Microsoft = { Apm: new AppProfileManager(app) };
}
