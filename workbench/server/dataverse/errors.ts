/** A failure the emulator answers the way Dataverse does: `{ error: { code, message } }` with an HTTP status. */
export class DataverseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** Answered as plain text rather than `{ error }`: failures from in front of the service, not from Dataverse. */
    readonly options: { readonly plainText?: boolean } = {},
  ) {
    super(message);
    this.name = "DataverseError";
  }
}

/** Dataverse's code for OData query and payload errors. */
const ODATA_ERROR = "0x80060888";
export const OBJECT_DOES_NOT_EXIST = "0x80040217";

export const badQuery = (message: string): DataverseError => new DataverseError(400, ODATA_ERROR, message);

export const unknownProperty = (property: string, logicalName: string): DataverseError =>
  badQuery(`Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${logicalName}'.`);

export const syntaxError = (option: string, value: string, detail: string): DataverseError =>
  badQuery(`Syntax error in the query option ${option}: '${value}' (${detail}).`);

export const unsupported = (what: string): DataverseError =>
  badQuery(`${what} is not supported by the workbench's Dataverse emulator.`);

export const resourceNotFound = (segment: string): DataverseError =>
  new DataverseError(404, ODATA_ERROR, `Resource not found for the segment '${segment}'.`);

export const rowNotFound = (logicalName: string, id: string): DataverseError =>
  new DataverseError(404, OBJECT_DOES_NOT_EXIST, `${logicalName} With Id = ${id} Does Not Exist`);

export const methodNotAllowed = (method: string): DataverseError =>
  new DataverseError(405, ODATA_ERROR, `The requested resource does not support http method '${method}'.`, {
    Allow: "GET, POST, DELETE",
  });
