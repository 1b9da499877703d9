import { h, uniqueId } from "../page/dom.js";
import type { Child } from "../page/dom.js";

export interface DialogButton<T> {
  label: string;
  result: () => T | Promise<T | undefined> | undefined;
  primary?: boolean;
}

export interface DialogSpec<T> {
  title: string;
  body: Child[];
  buttons: DialogButton<T>[];
  /** What closing with Escape means. */
  dismissResult: T;
  className?: string;
}

/**
 * Shows a modal <dialog> (role dialog, named by its title) and resolves with the result of the button
 * pressed. A button whose result resolves undefined keeps the dialog open (e.g. a failed save).
 */
export function showDialog<T>(spec: DialogSpec<T>): Promise<T> {
  const titleId = uniqueId("dialog-title");
  const dialog = h("dialog", { className: `host-dialog host-part ${spec.className ?? ""}`, attrs: { "aria-labelledby": titleId } });
  return new Promise<T>((resolve) => {
    const finish = (result: T): void => {
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    const buttons = spec.buttons.map((button) => {
      const element = h("button", { text: button.label, className: button.primary ? "primary" : undefined, attrs: { type: "button" } });
      element.addEventListener("click", async () => {
        const result = await button.result();
        if (result !== undefined) finish(result);
      });
      return element;
    });
    dialog.append(
      h("h2", { text: spec.title, attrs: { id: titleId } }),
      h("div", { className: "dialog-body", children: spec.body }),
      h("div", { className: "dialog-buttons", children: buttons }),
    );
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(spec.dismissResult);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

export function labelledField(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  control.id = control.id || uniqueId("field");
  return h("div", { className: "field", children: [h("label", { text: label, attrs: { for: control.id } }), control] });
}

export function definitionList(rows: ReadonlyArray<readonly [string, string]>): HTMLDListElement {
  return h("dl", { className: "details", children: rows.flatMap(([term, value]) => [h("dt", { text: term }), h("dd", { text: value })]) });
}
