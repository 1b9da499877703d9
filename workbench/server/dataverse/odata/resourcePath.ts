import { defaultParser } from "@odata/parser";
import { badQuery, resourceNotFound } from "../errors";
import { literalType } from "../query/odataTokens";
import { findTableByEntitySet } from "../tables/schema";
import type { TableDefinition } from "../tables/schema";

/** What a Web API path names: an entity set, optionally one row of it by key. */
export interface ResourceTarget {
  readonly table: TableDefinition;
  readonly id: string | null;
}

/** Reads `msdyn_ocsessions` or `msdyn_ocsessions(<guid>)` (the part of the path after the service root). */
export function parseResourceSegment(segment: string): ResourceTarget {
  const open = segment.indexOf("(");
  const entitySet = open < 0 ? segment : segment.slice(0, open);
  const table = findTableByEntitySet(entitySet);
  if (!table || segment.includes("/")) throw resourceNotFound(segment);
  if (open < 0) return { table, id: null };
  if (!segment.endsWith(")")) throw resourceNotFound(segment);
  return { table, id: parseGuid(segment.slice(open + 1, -1)) };
}

/** A key must be a GUID literal; Dataverse rejects anything else as a bad request. */
export function parseGuid(text: string): string {
  try {
    const literal = defaultParser.literal(text);
    if (literalType(literal) === "Edm.Guid" && literal.raw.length === text.length) return text.toLowerCase();
  } catch {
    // Falls through to the Dataverse-style error below.
  }
  throw badQuery(`Unrecognized 'Edm.Guid' literal '${text}' in the key segment.`);
}
