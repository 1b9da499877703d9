import { badQuery, unsupported } from "../errors";
import { stringLiteralText } from "./odataTokens";

/**
 * Dataverse query functions in `$filter`, e.g. `Microsoft.Dynamics.CRM.In(PropertyName='msdyn_channel',PropertyValues=['1','2'])`.
 * `@odata/parser` cannot parse an array of string literals, so each call is lifted out before parsing and replaced by
 * `Microsoft.Dynamics.CRM.<Name>(Call=@dataverseCallN)`, which it can; the filter compiler looks the call up by alias.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#dataverse-query-functions
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/in
 */
export interface DataverseFunctionCall {
  readonly name: string;
  /** Parameter name → a string, a number, or an array of them, as written. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
}

export type ParameterValue = string | number | readonly (string | number)[];

export interface LiftedFilter {
  readonly filter: string;
  readonly calls: ReadonlyMap<string, DataverseFunctionCall>;
}

const NAMESPACE = "Microsoft.Dynamics.CRM.";
export const CALL_ALIAS_PREFIX = "dataverseCall";

export function liftDataverseFunctions(filter: string): LiftedFilter {
  const calls = new Map<string, DataverseFunctionCall>();
  let result = "";
  let index = 0;
  while (index < filter.length) {
    if (filter[index] === "'") {
      const end = endOfStringLiteral(filter, index);
      result += filter.slice(index, end);
      index = end;
    } else if (filter.startsWith(NAMESPACE, index)) {
      const call = readCall(filter, index);
      const alias = `${CALL_ALIAS_PREFIX}${calls.size}`;
      calls.set(alias, call.call);
      result += `${NAMESPACE}${call.call.name}(Call=@${alias})`;
      index = call.end;
    } else {
      result += filter[index];
      index += 1;
    }
  }
  return { filter: result, calls };
}

function readCall(filter: string, start: number): { call: DataverseFunctionCall; end: number } {
  const open = filter.indexOf("(", start);
  const name = filter.slice(start + NAMESPACE.length, open);
  if (open < 0 || !/^[A-Za-z]+$/.test(name)) throw badQuery(`Syntax error in the query option $filter near '${filter.slice(start)}'.`);
  const close = closingParenthesis(filter, open);
  const parameters: Record<string, ParameterValue> = {};
  for (const argument of splitTopLevel(filter.slice(open + 1, close), ",")) {
    const equals = argument.indexOf("=");
    if (equals < 0) throw badQuery(`The function '${NAMESPACE}${name}' takes named parameters: '${argument}'.`);
    parameters[argument.slice(0, equals).trim()] = parseParameterValue(argument.slice(equals + 1).trim());
  }
  return { call: { name, parameters }, end: close + 1 };
}

function parseParameterValue(text: string): ParameterValue {
  if (text.startsWith("[") && text.endsWith("]")) {
    const inner = text.slice(1, -1).trim();
    return inner === "" ? [] : splitTopLevel(inner, ",").map((item) => parseScalar(item.trim()));
  }
  return parseScalar(text);
}

function parseScalar(text: string): string | number {
  if (text.startsWith("'") && endOfStringLiteral(text, 0) === text.length) return stringLiteralText(text);
  const number = Number(text);
  if (text !== "" && Number.isFinite(number)) return number;
  throw unsupported(`The function parameter value '${text}'`);
}

/** The index just past a string literal starting at `start` ('' inside it is one quote). */
function endOfStringLiteral(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === "'") {
      if (text[index + 1] === "'") index += 2;
      else return index + 1;
    } else index += 1;
  }
  throw badQuery(`Syntax error in the query option $filter: unterminated string literal '${text.slice(start)}'.`);
}

function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < text.length) {
    const character = text[index];
    if (character === "'") {
      index = endOfStringLiteral(text, index);
      continue;
    }
    if (character === "(") depth += 1;
    if (character === ")" && --depth === 0) return index;
    index += 1;
  }
  throw badQuery(`Syntax error in the query option $filter: ')' expected in '${text.slice(open)}'.`);
}

/** Splits at `separator` outside string literals, brackets and parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === "'") {
      const end = endOfStringLiteral(text, index);
      current += text.slice(index, end);
      index = end;
      continue;
    }
    if (character === "[" || character === "(") depth += 1;
    if (character === "]" || character === ")") depth -= 1;
    if (character === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else current += character;
    index += 1;
  }
  parts.push(current);
  return parts;
}
