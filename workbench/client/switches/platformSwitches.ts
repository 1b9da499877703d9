import { checkboxField, fieldset, inputField, selectField } from "../page/fields.js";
import type { SavedIdShape } from "../page/hostState.js";
import type { Workbench } from "../page/workbench.js";

/**
 * How the platform answers, where apps have been seen to differ: each switch makes the workbench answer the way
 * some real app does, so the control is tried against all of them (see docs/workbench.md, Platform behaviours).
 */
export function platformAnswerSwitches(workbench: Workbench): HTMLFieldSetElement {
  const state = workbench.current;
  return fieldset("Platform answers", [
    selectField(
      "Quick create saved id",
      [
        { value: "bracedString", label: '"{UPPER-CASE-GUID}" string' },
        { value: "guidObject", label: "{ guid } object" },
      ],
      state.savedIdShape,
      (shape) => void workbench.change({ savedIdShape: shape as SavedIdShape }),
    ),
    checkboxField("Main form promise never settles (tab stays open)", state.mainFormNeverSettles, (mainFormNeverSettles) => void workbench.change({ mainFormNeverSettles })),
    checkboxField("First save updates only context.page", state.firstSaveUpdatesPageOnly, (firstSaveUpdatesPageOnly) => void workbench.change({ firstSaveUpdatesPageOnly })),
    inputField(
      "Session templates in the app profile (Microsoft.Apm.createSession; comma-separated unique names)",
      "text",
      state.appProfileTemplates,
      (appProfileTemplates) => void workbench.change({ appProfileTemplates }),
    ),
  ]);
}
