import type { Token } from "@odata/parser";
import { unsupported } from "../errors";

/** Helpers over the syntax tree `@odata/parser` produces (its `Token.value` is untyped). */

const WRAPPER_TYPES = new Set(["CommonExpression", "BoolParenExpression", "ParenExpression"]);
const MEMBER_PATH_TYPES = new Set(["FirstMemberExpression", "MemberExpression", "PropertyPathExpression"]);

/** Strips parentheses and the parser's pass-through wrappers. */
export function unwrap(token: Token): Token {
  let current = token;
  while (WRAPPER_TYPES.has(current.type)) current = current.value as Token;
  return current;
}

export function isPropertyReference(token: Token): boolean {
  return unwrap(token).type === "FirstMemberExpression";
}

/** The property a simple member expression names; paths across navigation properties are not supported. */
export function propertyName(token: Token): string {
  let current = unwrap(token);
  while (MEMBER_PATH_TYPES.has(current.type)) {
    const inner = current.value as Token | { current?: Token };
    if (!("type" in inner)) throw unsupported(`The property path '${current.raw}'`);
    current = inner;
  }
  const identifier = current.value as { name?: unknown };
  if (current.type !== "ODataIdentifier" || typeof identifier.name !== "string") {
    throw unsupported(`The expression '${token.raw}'`);
  }
  return identifier.name;
}

export interface LeftRight {
  left: Token;
  right: Token;
}

export function operands(token: Token): LeftRight {
  return token.value as LeftRight;
}

export interface MethodCall {
  method: string;
  parameters: Token[];
}

export function methodCall(token: Token): MethodCall {
  return token.value as MethodCall;
}

/** The EDM type the parser gave a literal, e.g. `Edm.String`, `Edm.Guid`, `null`. */
export function literalType(token: Token): string {
  return String(token.value);
}

/** `'it''s'` → `it's`: a string literal's text without quotes and with doubled quotes undone. */
export function stringLiteralText(raw: string): string {
  return raw.slice(1, -1).split("''").join("'");
}
