import { h } from "../page/dom.js";
import type { EventLog } from "../page/eventLog.js";
import type { ApmTabInput } from "../context/platformTypes.js";
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
  constructor(private readonly tabs: SessionTabs, private readonly log: EventLog) {}

  createTab(input: ApmTabInput): Promise<string> {
    this.log.call("Microsoft.Apm.createTab", input);
    return Promise.resolve(this.tabs.add(tabTitle(input), input.isFocused !== false));
  }
}

/** Multi-session on: defines window.Microsoft.Apm like Customer Service workspace; off removes it. */
export function setMultiSessionApp(enabled: boolean, tabs: SessionTabs, log: EventLog): void {
  tabs.show(enabled);
  if (!enabled) {
    delete platformGlobals.Microsoft;
    return;
  }
  platformGlobals.Microsoft = { Apm: new AppProfileManager(tabs, log) };
}
