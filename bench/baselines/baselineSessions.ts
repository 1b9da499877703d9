/**
 * What the two baselines share: how a typical related-records control reads its record and walks the Web API.
 * They are benchmark stand-ins, hosted like the real control, and never ship.
 */
export interface BaselineInputs {
  pageSize: ComponentFramework.PropertyTypes.WholeNumberProperty;
}

export type BaselineContext = ComponentFramework.Context<BaselineInputs>;

export interface SessionRow {
  id: string;
  subject: string;
  status: string;
  channel: string;
  owner: string;
  started: string;
}

export type StateFilter = "all" | "active" | "closed";

export interface FormRecord {
  id: string;
  entityType: string;
  name: string;
}

const SESSION_TABLE = "msdyn_ocsession";
const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const COLUMNS = "activityid,subject,statecode,msdyn_channel,msdyn_sessioncreatedon,createdon,_ownerid_value";
const ORDER = "msdyn_sessioncreatedon desc,createdon desc,activityid desc";
const STATE_CONDITIONS: Readonly<Record<StateFilter, string | null>> = {
  all: null,
  active: "statecode eq 0",
  closed: "(statecode eq 1 or statecode eq 2)",
};

/** The form's record, from the member model-driven forms give controls. */
export function formRecord(context: BaselineContext): FormRecord | null {
  const info = (context.mode as unknown as { contextInfo?: { entityId?: string; entityTypeName?: string; entityRecordName?: string } }).contextInfo;
  if (!info?.entityId || !info.entityTypeName) return null;
  return { id: info.entityId, entityType: info.entityTypeName, name: info.entityRecordName ?? "" };
}

export function pageSizeOf(context: BaselineContext): number {
  const raw = context.parameters.pageSize?.raw;
  return typeof raw === "number" && raw > 0 ? raw : 25;
}

export function sessionsQuery(recordId: string, state: StateFilter, search: string): string {
  const conditions = [`_regardingobjectid_value eq ${recordId}`];
  const stateCondition = STATE_CONDITIONS[state];
  if (stateCondition) conditions.push(stateCondition);
  if (search !== "") conditions.push(`startswith(subject,'${encodeURIComponent(search.replace(/'/g, "''"))}')`);
  return `?$select=${COLUMNS}&$filter=${conditions.join(" and ")}&$orderby=${ORDER}`;
}

function text(entity: ComponentFramework.WebApi.Entity, column: string): string {
  const value: unknown = entity[column + FORMATTED] ?? entity[column];
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

function toRow(entity: ComponentFramework.WebApi.Entity): SessionRow {
  return {
    id: text(entity, "activityid"),
    subject: text(entity, "subject"),
    status: text(entity, "statecode"),
    channel: text(entity, "msdyn_channel"),
    owner: text(entity, "_ownerid_value"),
    started: text(entity, "msdyn_sessioncreatedon"),
  };
}

/** Every page, one after the other, before anything is shown. */
export async function fetchEveryPage(webAPI: ComponentFramework.WebApi, options: string, pageSize: number): Promise<SessionRow[]> {
  const rows: SessionRow[] = [];
  let next: string | null = options;
  while (next !== null) {
    const page: ComponentFramework.WebApi.RetrieveMultipleResponse = await webAPI.retrieveMultipleRecords(SESSION_TABLE, next, pageSize);
    rows.push(...page.entities.map(toRow));
    next = page.nextLink ? page.nextLink.slice(page.nextLink.indexOf("?")) : null;
  }
  return rows;
}

/**
 * The platform's main form for a new session regarding the record; resolves once it was saved or cancelled.
 * createFromEntity alone: the platform refuses regarding lookups passed as form parameters (as the control does, see
 * src/platform/navigation.ts), so a baseline that passed them could never start a session in a real app.
 */
export async function openNewSessionForm(context: BaselineContext, record: FormRecord): Promise<void> {
  await context.navigation.openForm({ entityName: SESSION_TABLE, createFromEntity: { entityType: record.entityType, id: record.id, name: record.name } });
}
