/** Tiny DOM builder for the host page. Text always goes in as text, never as HTML. */
export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: Child[];
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of options.children ?? []) {
    if (child) element.append(child);
  }
  return element;
}

/**
 * Sets an attribute only when its value differs: rewriting one with the same value (a host page switch that keeps the
 * language, say) still queues a mutation and can make the browser recalculate style below the element.
 * Returns whether it changed.
 */
export function changeAttribute(element: Element, name: string, value: string): boolean {
  if (element.getAttribute(name) === value) return false;
  element.setAttribute(name, value);
  return true;
}

let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The host page has no #${id}`);
  return element as T;
}
