import { XMLParser } from "fast-xml-parser";
import type { ValueCategory } from "../query/cellComparison";
import { badQuery } from "../errors";

/**
 * `$skiptoken` values shaped like Dataverse's: `<cookie pagenumber="2" pagingcookie="…" istracking="False" />` whose
 * inner, URL-encoded paging cookie holds the last and first values of every ordered column and of the primary key,
 * e.g. `<cookie page="1"><createdon last="…" first="…" /><activityid last="{…}" first="{…}" /></cookie>`.
 * "The paging cookie contains data about the first and last record in the results"; "with this paging cookie data,
 * Dataverse can start with the next record after the last one on the preceding page" — so the next page is a seek
 * past those values, which still works when the last row has since been deleted.
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
 */

export type SortValue = string | number | null;

/** One ordered column of a page: its name, how its values compare, and its values in the page's last and first row. */
export interface CookieColumn {
  readonly name: string;
  readonly category: ValueCategory;
}

export interface PagePosition {
  /** The page the next request asks for (2 after the first page). */
  readonly pageNumber: number;
  /** The sort values of the previous page's last row, one per cookie column, in order. */
  readonly last: readonly SortValue[];
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false });

export function encodeSkipToken(columns: readonly CookieColumn[], pageNumber: number, last: readonly SortValue[], first: readonly SortValue[]): string {
  const elements = columns.map((column, index) => {
    const attributes = [attribute("last", column, last[index]), attribute("first", column, first[index])].filter(Boolean);
    return `<${[column.name, ...attributes].join(" ")} />`;
  });
  const inner = `<cookie page="${pageNumber - 1}">${elements.join("")}</cookie>`;
  return `<cookie pagenumber="${pageNumber}" pagingcookie="${urlEncodeLowerCase(inner)}" istracking="False" />`;
}

/** Reads a decoded `$skiptoken`; anything that is not a cookie for these columns is a bad request. */
export function decodeSkipToken(columns: readonly CookieColumn[], token: string): PagePosition {
  try {
    const outer = (xmlParser.parse(token) as { cookie: { pagenumber: string; pagingcookie: string } }).cookie;
    const inner = (xmlParser.parse(decodeURIComponent(outer.pagingcookie)) as { cookie: Record<string, { last?: string } | string> }).cookie;
    const pageNumber = Number(outer.pagenumber);
    if (!Number.isInteger(pageNumber) || pageNumber < 2) throw new Error("no page number");
    const last = columns.map((column) => {
      const element = inner[column.name];
      if (element === undefined) throw new Error(`no ${column.name}`);
      return typeof element === "object" && element.last !== undefined ? parseValue(element.last, column.category) : null;
    });
    return { pageNumber, last };
  } catch {
    throw badQuery(`The $skiptoken value '${token}' is not valid.`);
  }
}

/** A null value leaves its attribute out. GUIDs are written braced and upper case, as Dataverse writes them. */
function attribute(name: string, column: CookieColumn, value: SortValue): string {
  if (value === null) return "";
  return `${name}="${escapeXml(formatValue(value, column.category))}"`;
}

function formatValue(value: string | number, category: ValueCategory): string {
  if (category === "guid") return `{${String(value).toUpperCase()}}`;
  if (category === "date") return `${new Date(Number(value)).toISOString().slice(0, 19)}Z`;
  return String(value);
}

function parseValue(text: string, category: ValueCategory): SortValue {
  switch (category) {
    case "guid":
      return text.replace(/[{}]/g, "").toLowerCase();
    case "date": {
      const time = Date.parse(text);
      if (Number.isNaN(time)) throw new Error(`bad date ${text}`);
      return time;
    }
    case "number": {
      const number = Number(text);
      if (!Number.isFinite(number)) throw new Error(`bad number ${text}`);
      return number;
    }
    case "text":
      return text;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Dataverse's cookies are URL-encoded with lower-case escapes (`%3ccookie%20page%3d…`). */
function urlEncodeLowerCase(text: string): string {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}
