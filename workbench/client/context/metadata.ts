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

/** One option as `/_workbench/option-sets` answers it (workbench/server/dataverse/optionSets/optionSetEndpoint.ts). */
export interface OptionSetEntry {
  value: number;
  label: string;
  color: string | null;
  isHidden: boolean;
}

export const OPTION_SETS_URL = "/_workbench/option-sets";

/**
 * An attribute node as a model-driven app gives it in `Attributes.get(name)`. Its shape is not documented
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/getentitymetadata says only
 * that the attributes asked for come with the table definition). Public PCF controls read
 * `attributeDescriptor.OptionSet`, an array of { Value, Label, Color, IsHidden } in the maker's order (Color and
 * IsHidden as OptionMetadata defines them:
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/optionmetadata); a model-driven
 * subgrid was seen to give the node its own `OptionSet` too, a map keyed by value of { text, value }. The workbench
 * gives both, so a control reading either works here as there.
 */
export function attributeNode(logicalName: string, options: readonly OptionSetEntry[]): object {
  return {
    LogicalName: logicalName,
    attributeDescriptor: {
      LogicalName: logicalName,
      OptionSet: options.map(({ value, label, color, isHidden }) => ({ Value: value, Label: label, Color: color, IsHidden: isHidden })),
    },
    OptionSet: Object.fromEntries(options.map(({ value, label }) => [value, { text: label, value }])),
  };
}

/**
 * The client's metadata cache. hasEntityPrivilege "might return false if the table metadata isn't locally
 * cached" until getEntityMetadata has been awaited
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/hasentityprivilege):
 * the workbench always behaves that way, so a control that asks too early fails here as it would in an app.
 */
export class MetadataCache {
  private readonly cached = new Set<string>();

  /** userLanguageHeaders: the stand-in for the user's language the emulator labels options in (see webApi.ts). */
  constructor(private readonly userLanguageHeaders: () => Record<string, string> = () => ({})) {}

  has(logicalName: string): boolean {
    return this.cached.has(logicalName);
  }

  /**
   * context.utils.getEntityMetadata; an unknown table rejects the way Dataverse does (0x80040217, not found).
   * `Attributes` holds only the attributes asked for, as the platform gives them, each with its options in the
   * user's language when it is a choice.
   */
  async getEntityMetadata(logicalName: string, attributes: readonly string[] = []): Promise<ComponentFramework.PropertyHelper.EntityMetadata> {
    // The answer comes from the server in an app, so never in the same turn as the call.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const table = tableMetadata(logicalName);
    if (!table) throw { errorCode: 0x80040217, message: `Could not find an entity with name ${logicalName}` };
    const optionSets = attributes.length === 0 ? {} : await this.fetchOptionSets(logicalName, attributes);
    this.cached.add(logicalName);
    const nodes = Object.entries(optionSets).map(([name, options]) => [name, attributeNode(name, options)] as const);
    return { ...table, Attributes: new Map(nodes) };
  }

  private async fetchOptionSets(logicalName: string, attributes: readonly string[]): Promise<Record<string, OptionSetEntry[]>> {
    const query = new URLSearchParams({ table: logicalName, columns: attributes.join(",") });
    const response = await fetch(`${OPTION_SETS_URL}?${query.toString()}`, { headers: this.userLanguageHeaders() });
    if (!response.ok) throw { errorCode: 0, message: `The workbench could not load the option sets of ${logicalName} (HTTP ${response.status})` };
    return (await response.json()) as Record<string, OptionSetEntry[]>;
  }
}
