import { XMLParser } from "fast-xml-parser";
import { badQuery } from "./errors";

/**
 * `$skiptoken` values shaped like Dataverse's: an XML `<cookie pagenumber pagingcookie>` whose inner, URL-encoded
 * paging cookie names the last row of the previous page. The next page starts right after that row.
 */
export interface PagePosition {
  readonly pageNumber: number;
  readonly lastId: string;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false });

export function encodeSkipToken(primaryKey: string, position: PagePosition, firstId: string): string {
  const inner = `<cookie page="${position.pageNumber - 1}"><${primaryKey} last="{${position.lastId.toUpperCase()}}" first="{${firstId.toUpperCase()}}" /></cookie>`;
  return `<cookie pagenumber="${position.pageNumber}" pagingcookie="${encodeURIComponent(inner)}" istracking="False" />`;
}

/** Reads a decoded `$skiptoken`; anything that is not a cookie this emulator wrote is a bad request. */
export function decodeSkipToken(primaryKey: string, token: string): PagePosition {
  try {
    const outer = (xmlParser.parse(token) as { cookie: { pagenumber: string; pagingcookie: string } }).cookie;
    const inner = xmlParser.parse(decodeURIComponent(outer.pagingcookie)) as { cookie: Record<string, { last: string }> };
    const lastId = inner.cookie[primaryKey].last.split("{").join("").split("}").join("").toLowerCase();
    const pageNumber = Number(outer.pagenumber);
    if (!lastId || !Number.isInteger(pageNumber)) throw new Error("incomplete cookie");
    return { pageNumber, lastId };
  } catch {
    throw badQuery(`The $skiptoken value '${token}' is not valid.`);
  }
}
