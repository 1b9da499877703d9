/** Text that shows something, as it came; anything else (blank text, a number, an object, nothing) is null. */
export function nonBlankText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
