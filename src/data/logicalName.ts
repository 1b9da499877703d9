// Dataverse logical and navigation property names: a letter first, then letters, digits or underscores.
const LOGICAL_NAME_PATTERN = /^[a-z][a-z0-9_]{0,127}$/;

export function isValidLogicalName(value: string): boolean {
  return LOGICAL_NAME_PATTERN.test(value);
}
