import type { Workbench } from "./page/workbench.js";

/**
 * What scripts driving the page (npm run bench) reach on `window.relatedSessionsWorkbench`: lifecycle events
 * that no switch on the page offers.
 */
export interface WorkbenchAutomation {
  /** updateView with an empty updatedProperties, like a form change elsewhere on the form. */
  updateView(): void;
}

export function exposeAutomation(workbench: Workbench): void {
  (window as unknown as { relatedSessionsWorkbench: WorkbenchAutomation }).relatedSessionsWorkbench = {
    updateView: () => workbench.updateView([]),
  };
}
