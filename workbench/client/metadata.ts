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

/**
 * The client's metadata cache. hasEntityPrivilege "might return false if the table metadata isn't locally
 * cached" until getEntityMetadata has been awaited
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/hasentityprivilege):
 * the workbench always behaves that way, so a control that asks too early fails here as it would in an app.
 */
export class MetadataCache {
  private readonly cached = new Set<string>();

  has(logicalName: string): boolean {
    return this.cached.has(logicalName);
  }

  /** context.utils.getEntityMetadata; an unknown table rejects the way Dataverse does (0x80040217, not found). */
  async getEntityMetadata(logicalName: string): Promise<ComponentFramework.PropertyHelper.EntityMetadata> {
    // The answer comes from the server in an app, so never in the same turn as the call.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const table = tableMetadata(logicalName);
    if (!table) throw { errorCode: 0x80040217, message: `Could not find an entity with name ${logicalName}` };
    this.cached.add(logicalName);
    return { ...table, Attributes: {} };
  }
}
