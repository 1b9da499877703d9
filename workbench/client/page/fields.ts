import { h, uniqueId } from "./dom.js";

export interface Choice {
  value: string;
  label: string;
}

function labelled(label: string, control: HTMLElement, className = "field"): HTMLElement {
  control.id = uniqueId("switch");
  return h("div", { className, children: [h("label", { text: label, attrs: { for: control.id } }), control] });
}

export function selectField(label: string, choices: readonly Choice[], value: string, onChange: (value: string) => void): HTMLElement {
  const select = h("select", { children: choices.map((choice) => h("option", { text: choice.label, attrs: { value: choice.value, selected: choice.value === value } })) });
  select.addEventListener("change", () => onChange(select.value));
  return labelled(label, select);
}

export function checkboxField(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const checkbox = h("input", { attrs: { type: "checkbox", checked } });
  checkbox.addEventListener("change", () => onChange(checkbox.checked));
  const field = labelled(label, checkbox, "field checkbox");
  field.append(field.firstChild as Node);
  return field;
}

/** A text or number input that reports its value when the user commits it (change, not every keystroke). */
export function inputField(label: string, type: "text" | "number", value: string, onChange: (value: string) => void, attrs: Record<string, string | number> = {}): HTMLElement {
  const input = h("input", { attrs: { type, value, ...attrs } });
  input.addEventListener("change", () => onChange(input.value));
  return labelled(label, input);
}

export function fieldset(legend: string, children: HTMLElement[]): HTMLFieldSetElement {
  return h("fieldset", { children: [h("legend", { text: legend }), ...children] });
}

export function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { text: label, attrs: { type: "button" } });
  element.addEventListener("click", onClick);
  return element;
}
