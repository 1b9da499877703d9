import type { IInputs } from "../../../generated/ManifestTypes";
import type { ControlManifest, ManifestProperty } from "./manifest.js";

/** What the maker typed for each input property, as text; a missing entry means "use the manifest default". */
export type ParameterValues = Readonly<Record<string, string>>;

interface PlatformProperty {
  raw: unknown;
  formatted?: string;
  type: string;
  error: boolean;
  errorMessage: string;
  attributes?: Record<string, unknown>;
  security?: { editable: boolean; readable: boolean; secured: boolean };
}

export function inputProperties(manifest: ControlManifest): ManifestProperty[] {
  return manifest.properties.filter((property) => property.usage === "input");
}

export function defaultParameterValues(manifest: ControlManifest): Record<string, string> {
  return Object.fromEntries(inputProperties(manifest).map((property) => [property.name, property.defaultValue ?? ""]));
}

function wholeNumber(text: string, formatting: ComponentFramework.Formatting): Pick<PlatformProperty, "raw" | "formatted" | "error" | "errorMessage"> {
  if (text.trim() === "") return { raw: null, formatted: "", error: false, errorMessage: "" };
  const value = Number(text);
  if (!Number.isInteger(value)) return { raw: null, formatted: text, error: true, errorMessage: "Enter a whole number." };
  return { raw: value, formatted: formatting.formatInteger(value), error: false, errorMessage: "" };
}

function propertyFor(property: ManifestProperty, text: string, displayName: string, formatting: ComponentFramework.Formatting): PlatformProperty {
  const attributes = { DisplayName: displayName, LogicalName: property.name, RequiredLevel: 0, IsSecured: false, Description: "" };
  const base = { type: property.ofType, error: false, errorMessage: "", attributes, security: { editable: true, readable: true, secured: false } };
  if (property.ofType === "Whole.None") {
    return { ...base, ...wholeNumber(text, formatting), attributes: { ...attributes, MinValue: -2147483648, MaxValue: 2147483647 } };
  }
  if (property.ofType === "Enum") return { ...base, raw: text, formatted: text };
  return { ...base, raw: text === "" ? null : text, formatted: text };
}

/**
 * context.parameters: every manifest property shaped like the platform's property objects. The bound
 * column carries the record's name; inputs carry the maker's values. Built generically from the manifest,
 * so the cast to the generated IInputs is the one untyped boundary.
 */
export function buildParameters(
  manifest: ControlManifest,
  values: ParameterValues,
  boundColumnValue: string,
  displayName: (key: string) => string,
  formatting: ComponentFramework.Formatting,
): IInputs {
  const parameters: Record<string, PlatformProperty> = {};
  for (const property of manifest.properties) {
    const text = property.usage === "bound" ? boundColumnValue : values[property.name] ?? property.defaultValue ?? "";
    parameters[property.name] = propertyFor(property, text, displayName(property.displayNameKey), formatting);
  }
  return parameters as unknown as IInputs;
}

/** The names of the inputs whose value differs between two sets of values: context.updatedProperties. */
export function changedParameters(before: ParameterValues, after: ParameterValues): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]);
}
