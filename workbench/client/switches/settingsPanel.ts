import { emulatorSwitches } from "./emulatorPanel.js";
import { checkboxField, fieldset, inputField, selectField } from "../page/fields.js";
import { forcedColorsStatus } from "./forcedColors.js";
import type { FormWidth } from "../page/hostState.js";
import { languageOf } from "../locale/languages.js";
import { languageIdOfResx } from "../context/manifest.js";
import type { ControlManifest, ManifestProperty } from "../context/manifest.js";
import { inputProperties } from "../context/parameters.js";
import type { StringTable } from "../context/resources.js";
import type { ThemeName } from "../locale/theme.js";
import type { Workbench } from "../page/workbench.js";

function formSwitches(workbench: Workbench, manifest: ControlManifest): HTMLFieldSetElement {
  const state = workbench.current;
  const languages = manifest.resxPaths.flatMap((path) => {
    const languageId = languageIdOfResx(path);
    return languageId === undefined ? [] : [{ value: String(languageId), label: `${languageOf(languageId).name} (${languageId})` }];
  });
  return fieldset("Form and app", [
    selectField(
      "Theme",
      [
        { value: "light", label: "Light" },
        { value: "dark", label: "Dark" },
        { value: "highContrast", label: "High contrast (Fluent's high-contrast tokens)" },
      ],
      state.theme,
      (theme) => void workbench.change({ theme: theme as ThemeName }),
    ),
    forcedColorsStatus(),
    selectField("Form width", [{ value: "wide", label: "Wide main column (900 px)" }, { value: "narrow", label: "Narrow side column (320 px)" }], state.width, (width) => void workbench.change({ width: width as FormWidth })),
    selectField("Language", languages, String(state.languageId), (languageId) => void workbench.change({ languageId: Number(languageId) })),
    checkboxField("Form disabled (read-only)", state.formDisabled, (formDisabled) => void workbench.change({ formDisabled })),
    checkboxField("No Create privilege on Session", state.noCreatePrivilege, (noCreatePrivilege) => void workbench.change({ noCreatePrivilege })),
    checkboxField("Multi-session app (Microsoft.Apm)", state.multiSession, (multiSession) => void workbench.change({ multiSession })),
  ]);
}

function makerSettingField(workbench: Workbench, property: ManifestProperty, strings: StringTable): HTMLElement {
  const label = `${strings.get(property.displayNameKey) ?? property.name} (${property.name})`;
  const value = workbench.current.parameterValues[property.name] ?? "";
  const setValue = (text: string): void => void workbench.change({ parameterValues: { ...workbench.current.parameterValues, [property.name]: text } });
  if (property.ofType === "Enum") {
    const choices = property.enumValues.map((choice) => ({ value: choice.value, label: strings.get(choice.displayNameKey) ?? choice.value }));
    return selectField(label, choices, value, setValue);
  }
  return inputField(label, property.ofType === "Whole.None" ? "number" : "text", value, setValue);
}

function makerSettings(workbench: Workbench, manifest: ControlManifest, strings: StringTable): HTMLFieldSetElement {
  return fieldset("Maker settings", inputProperties(manifest).map((property) => makerSettingField(workbench, property, strings)));
}

/** The page's switches: everything a person would change to see the control in another situation. */
export function renderSettingsPanel(container: HTMLElement, workbench: Workbench, manifest: ControlManifest, strings: StringTable, log: (text: string) => void): void {
  container.replaceChildren(formSwitches(workbench, manifest), makerSettings(workbench, manifest, strings), emulatorSwitches(workbench, log));
}
