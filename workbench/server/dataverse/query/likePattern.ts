import { foldText } from "./cellComparison";

/**
 * SQL Server LIKE matching, which Dataverse applies to `contains`, `startswith` and `endswith` in `$filter` and to the
 * `like`, `begins-with` and `ends-with` FetchXML operators: `%` matches any run of characters, `_` any one character,
 * `[abc]` / `[a-f]` one character of a set or range, `[^…]` one character outside it. A wildcard is matched literally
 * by enclosing it in brackets (`[%]`, `[_]`, `[[]`). Case- and accent-insensitive, like the default collation.
 * https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
 * https://learn.microsoft.com/sql/t-sql/language-elements/like-transact-sql#using-wildcard-characters-as-literals
 */
export function compileLike(pattern: string): (value: string) => boolean {
  const regex = new RegExp(`^${likeToRegexSource(foldText(pattern))}$`, "s");
  return (value) => regex.test(foldText(value));
}

function likeToRegexSource(pattern: string): string {
  let source = "";
  let index = 0;
  while (index < pattern.length) {
    const character = pattern[index];
    if (character === "%") source += ".*";
    else if (character === "_") source += ".";
    else if (character === "[") {
      const close = pattern.indexOf("]", index + 2);
      if (close < 0) {
        source += escapeRegex(character);
      } else {
        source += characterClass(pattern.slice(index + 1, close));
        index = close;
      }
    } else source += escapeRegex(character);
    index += 1;
  }
  return source;
}

/** `[a-c]`, `[^x]`, `[%]`: a LIKE bracket expression as a regular expression class. */
function characterClass(body: string): string {
  const negated = body.startsWith("^") && body.length > 1;
  const members = negated ? body.slice(1) : body;
  const escaped = [...members].map((character) => (character === "-" ? "-" : character.replace(/[\\\]^[]/g, "\\$&"))).join("");
  return `[${negated ? "^" : ""}${escaped}]`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
