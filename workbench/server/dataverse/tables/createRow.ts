import { randomUUID } from "node:crypto";
import { toDataverseDate } from "./dataverseDates";
import { DataverseError, badQuery, rowNotFound } from "../errors";
import { parseGuid, parseResourceSegment } from "../odata/resourcePath";
import { WORKBENCH_USER } from "../seed/sampleCatalog";
import { SESSION_TABLE, SYSTEM_USER_TABLE, findColumn, findNavigationBinding } from "./schema";
import type { ColumnDefinition, TableDefinition } from "./schema";
import type { CellValue, DataStore, StoredRow } from "./store";

const VALIDATION_ERROR = "0x80044331";
const BIND_SUFFIX = "@odata.bind";

interface NewRow {
  values: Record<string, CellValue>;
  lookupTables: Record<string, string>;
}

/**
 * Validates a create body the way Dataverse does and stores the row with the platform's defaults: `createdon` and
 * `modifiedon` from the server clock, statecode 0 Open / statuscode 1 Open, the caller as owner.
 */
export function createRow(store: DataStore, table: TableDefinition, bodyText: string, now: Date): StoredRow {
  const body = parseBody(bodyText);
  const row = defaultRow(table, now);
  for (const [property, value] of Object.entries(body)) {
    if (property.endsWith(BIND_SUFFIX)) applyBinding(store, table, property.slice(0, -BIND_SUFFIX.length), value, row);
    else if (!property.includes("@")) applyColumn(table, property, value, row);
  }
  const id = String(row.values[table.primaryKey] ?? randomUUID());
  if (store.find(table, id)) throw new DataverseError(412, "0x80040237", "A record with matching key values already exists.");
  return store.insert(table, { ...row.values, [table.primaryKey]: id }, row.lookupTables);
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Reported below with Dataverse's wording.
  }
  throw badQuery("The request body is not a valid JSON object.");
}

function defaultRow(table: TableDefinition, now: Date): NewRow {
  const timestamp = toDataverseDate(now);
  const values: Record<string, CellValue> = { createdon: timestamp, modifiedon: timestamp, statecode: 0, statuscode: 1 };
  const lookupTables: Record<string, string> = {};
  if (findColumn(table, "_ownerid_value")) {
    values._ownerid_value = WORKBENCH_USER.id;
    lookupTables._ownerid_value = SYSTEM_USER_TABLE.logicalName;
  }
  // A hand-made session gets only what the platform fills: msdyn_sessioncreatedon is written by Omnichannel when
  // it starts a session, and msdyn_state ("(Deprecated)", DefaultFormValue -1, RequiredLevel None) has no default.
  // https://learn.microsoft.com/dynamics365/developer/reference/entities/msdyn_ocsession
  if (table === SESSION_TABLE) values.activitytypecode = "msdyn_ocsession";
  return { values, lookupTables };
}

function applyBinding(store: DataStore, table: TableDefinition, navigationProperty: string, reference: unknown, row: NewRow): void {
  const binding = findNavigationBinding(table, navigationProperty);
  if (!binding) {
    throw badQuery(
      `An undeclared property '${navigationProperty}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.`,
    );
  }
  if (typeof reference !== "string") throw badQuery(`The value of '${navigationProperty}${BIND_SUFFIX}' must be a URL like '/entityset(id)'.`);
  const target = parseResourceSegment(reference.slice(reference.lastIndexOf("/") + 1));
  if (!target.id || !binding.targetTables.includes(target.table.logicalName)) {
    throw badQuery(`The navigation property '${navigationProperty}' cannot refer to '${reference}'.`);
  }
  if (!store.find(target.table, target.id)) throw rowNotFound(target.table.logicalName, target.id);
  row.values[binding.lookupColumn.name] = target.id;
  row.lookupTables[binding.lookupColumn.name] = target.table.logicalName;
}

function applyColumn(table: TableDefinition, property: string, value: unknown, row: NewRow): void {
  const column = findColumn(table, property);
  if (!column) {
    throw badQuery(
      `The property '${property}' does not exist on type 'Microsoft.Dynamics.CRM.${table.logicalName}'. Make sure to only use property names that are defined by the type.`,
    );
  }
  if (column.type === "lookup") {
    throw new DataverseError(400, "0x80048d19", "CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.");
  }
  if (column.writable) row.values[column.name] = convertValue(table, column, value);
}

function convertValue(table: TableDefinition, column: ColumnDefinition, value: unknown): CellValue {
  if (value === null) return null;
  switch (column.type) {
    case "string":
      if (typeof value !== "string") throw incompatible(value, "Edm.String");
      if (column.maxLength !== undefined && value.length > column.maxLength) {
        throw validationError(`The length of the '${column.name}' attribute of the '${table.logicalName}' entity exceeded the maximum allowed length of '${column.maxLength}'.`);
      }
      return value;
    case "integer":
    case "choice":
      if (typeof value !== "number" || !Number.isInteger(value)) throw incompatible(value, "Edm.Int32");
      if (column.options && !(value in column.options)) {
        throw validationError(`The value ${value} of '${column.name}' on record of type '${table.logicalName}' is outside the valid range.`);
      }
      return value;
    case "datetime":
      if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw incompatible(value, "Edm.DateTimeOffset");
      return toDataverseDate(new Date(value));
    case "guid":
      if (typeof value !== "string") throw incompatible(value, "Edm.Guid");
      return parseGuid(value);
    case "lookup":
      throw incompatible(value, "Edm.Guid");
  }
}

function incompatible(value: unknown, edmType: string): DataverseError {
  return badQuery(`Cannot convert the literal '${String(value)}' to the expected type '${edmType}'.`);
}

function validationError(detail: string): DataverseError {
  return new DataverseError(400, VALIDATION_ERROR, `A validation error occurred. ${detail}`);
}
