import { nonBlankText } from "./textInput";

/**
 * A number as a maker setting or an HTTP header may give it: a number, or text that reads as one. Anything else
 * (blank text, an object, nothing) is undefined, for the caller to fall back.
 */
export function readNumber(value: unknown): number | undefined {
  const number = nonBlankText(value) === null ? value : Number(value);
  return typeof number === "number" ? number : undefined;
}
