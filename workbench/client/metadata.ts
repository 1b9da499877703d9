/** The table metadata a model-driven app would give for the two tables the workbench knows. */
export interface TableMetadata {
  LogicalName: string;
  EntitySetName: string;
  PrimaryIdAttribute: string;
  PrimaryNameAttribute: string;
  DisplayName: string;
  DisplayCollectionName: string;
  IsActivity: boolean;
}

const TABLES: Readonly<Record<string, TableMetadata>> = {
  msdyn_ocsession: {
    LogicalName: "msdyn_ocsession",
    EntitySetName: "msdyn_ocsessions",
    PrimaryIdAttribute: "activityid",
    PrimaryNameAttribute: "subject",
    DisplayName: "Session",
    DisplayCollectionName: "Sessions",
    IsActivity: true,
  },
  sample_bankaccount: {
    LogicalName: "sample_bankaccount",
    EntitySetName: "sample_bankaccounts",
    PrimaryIdAttribute: "sample_bankaccountid",
    PrimaryNameAttribute: "sample_name",
    DisplayName: "Bank Account",
    DisplayCollectionName: "Bank Accounts",
    IsActivity: false,
  },
};

export function tableMetadata(logicalName: string): TableMetadata | undefined {
  return TABLES[logicalName];
}

export function entitySetName(logicalName: string): string {
  const table = tableMetadata(logicalName);
  if (!table) throw new Error(`The workbench has no metadata for table ${logicalName}`);
  return table.EntitySetName;
}

/** context.utils.getEntityMetadata; an unknown table rejects the way Dataverse does (0x80040217, not found). */
export function getEntityMetadata(logicalName: string): Promise<ComponentFramework.PropertyHelper.EntityMetadata> {
  const table = tableMetadata(logicalName);
  if (!table) {
    return Promise.reject({ errorCode: 0x80040217, message: `Could not find an entity with name ${logicalName}` });
  }
  return Promise.resolve({ ...table, Attributes: {} });
}
