import { nonBlankText } from "../data/textInput";

/** One option of a choice column as the platform labels it in the user's language. */
export interface ChoiceOption {
  value: number;
  label: string;
}

/** A choice column's options from the table metadata. */
export interface OptionSetLabels {
  /** The options to offer, in the maker's order. */
  options: readonly ChoiceOption[];
  /** Values the maker hid: never offered, even when the control knows them. */
  hidden: readonly number[];
}

/*
 * What getEntityMetadata(table, attributes) answers per attribute is not documented: the reference page says only
 * that it returns the table definition for the attributes asked for
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/getentitymetadata), and the
 * typings declare EntityMetadata as `[key: string]: any` with an OptionMetadata of { Label, Value, Color }.
 * Two shapes are known:
 *  - `Attributes.get(name).attributeDescriptor.OptionSet`, an array of { Value, Label, Color, IsHidden } in the
 *    maker's order (OptionMetadata's properties:
 *    https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/optionmetadata): what public
 *    PCF controls read after `getEntityMetadata(table, [column])`, for option labels and colours.
 *  - the node's own `OptionSet`, a map keyed by value of { text, value } with no Options array; a model-driven
 *    subgrid has been seen to give a node both shapes at once.
 * Because neither is a documented contract, this is the one place that reads either; anything else gives null, and
 * the control keeps its own resx labels.
 */

type Untyped = Record<string, unknown>;

function isObject(value: unknown): value is Untyped {
  return value !== null && typeof value === "object";
}

function integerOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}

function attributeNode(metadata: unknown, attribute: string): unknown {
  const attributes = isObject(metadata) ? metadata.Attributes : undefined;
  if (!isObject(attributes) || typeof attributes.get !== "function") return undefined;
  return (attributes.get as (name: string) => unknown).call(attributes, attribute);
}

function collect(entries: readonly unknown[], read: (entry: Untyped) => { value: unknown; label: unknown; hidden: boolean }): OptionSetLabels | null {
  const options: ChoiceOption[] = [];
  const hidden: number[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const fields = read(entry);
    const value = integerOf(fields.value);
    const label = nonBlankText(fields.label);
    if (value === null) continue;
    if (fields.hidden) hidden.push(value);
    else if (label !== null) options.push({ value, label });
  }
  return options.length > 0 ? { options, hidden } : null;
}

function fromDescriptor(node: Untyped): OptionSetLabels | null {
  const descriptor = node.attributeDescriptor;
  const list = isObject(descriptor) ? descriptor.OptionSet : undefined;
  if (!Array.isArray(list)) return null;
  return collect(list, (entry) => ({ value: entry.Value, label: entry.Label, hidden: entry.IsHidden === true }));
}

function fromValueMap(node: Untyped): OptionSetLabels | null {
  const map = node.OptionSet;
  if (!isObject(map) || Array.isArray(map)) return null;
  const entries = map instanceof Map ? [...(map.values() as Iterable<unknown>)] : Object.values(map);
  return collect(entries, (entry) => ({ value: entry.value, label: entry.text, hidden: false }));
}

/** The attribute's visible options with their labels, or null when the metadata has none in a known shape. Never throws. */
export function readOptionSetLabels(metadata: unknown, attribute: string): OptionSetLabels | null {
  try {
    const node = attributeNode(metadata, attribute);
    if (!isObject(node)) return null;
    return fromDescriptor(node) ?? fromValueMap(node);
  } catch {
    return null;
  }
}
