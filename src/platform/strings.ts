export interface Strings {
  get(key: string): string;
  /** Replaces {0}, {1}, … with the arguments, as the resx strings are written. */
  format(key: string, ...args: string[]): string;
}

export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder);
}

export function createStrings(getResources: () => ComponentFramework.Resources): Strings {
  const get = (key: string): string => {
    const value = getResources().getString(key);
    return typeof value === "string" && value !== "" ? value : key;
  };
  return {
    get,
    format: (key, ...args) => fillPlaceholders(get(key), args),
  };
}
