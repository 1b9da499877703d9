import type { LabelTranslations, OptionDisplays, OptionLabels } from "../optionSets/optionSets";
import {
  CHANNEL_LABELS,
  CLOSURE_REASON_LABELS,
  MSDYN_STATE_LABELS,
  STATECODE_LABELS,
  STATUSCODE_LABELS,
} from "../optionSets/optionSets";
import { CHANNEL_TRANSLATIONS, MSDYN_STATE_TRANSLATIONS, STATECODE_TRANSLATIONS, STATUSCODE_TRANSLATIONS } from "../optionSets/optionSetTranslations";

export type ColumnType = "guid" | "string" | "integer" | "datetime" | "choice" | "lookup";

export interface ColumnDefinition {
  readonly name: string;
  readonly type: ColumnType;
  /** Accepted in a create body. Lookups are written through their navigation properties instead. */
  readonly writable?: boolean;
  /** Labels of a choice, state or status column, in the base language: its values are the column's valid values. */
  readonly options?: OptionLabels;
  /** The same labels in other languages (see `choiceLabel`). */
  readonly translations?: LabelTranslations;
  /** Colours and hidden options of a choice column's metadata (none when absent). */
  readonly optionDisplay?: OptionDisplays;
  /** For a lookup (`_x_value`): target table logical name → single-valued navigation property name. */
  readonly lookupTargets?: Readonly<Record<string, string>>;
  readonly maxLength?: number;
}

export interface TableDefinition {
  readonly logicalName: string;
  readonly entitySetName: string;
  readonly primaryKey: string;
  readonly primaryName: string;
  /** Whether POST may create rows (users and teams are read-only here). */
  readonly creatable: boolean;
  readonly columns: readonly ColumnDefinition[];
}

export const CONVERSATION_TABLE = "msdyn_ocliveworkitem";
export const REGARDING_BANK_ACCOUNT_NAVIGATION = "regardingobjectid_sample_bankaccount_msdyn_ocsession";

const OWNER_TARGETS = { systemuser: "ownerid", team: "ownerid" } as const;
const text = (name: string, writable = true, maxLength?: number): ColumnDefinition => ({ name, type: "string", writable, maxLength });
const date = (name: string, writable = true): ColumnDefinition => ({ name, type: "datetime", writable });
const choice = (name: string, options: OptionLabels, translations?: LabelTranslations): ColumnDefinition => ({
  name,
  type: "choice",
  writable: true,
  options,
  translations,
});

export const SESSION_TABLE: TableDefinition = {
  logicalName: "msdyn_ocsession",
  entitySetName: "msdyn_ocsessions",
  primaryKey: "activityid",
  primaryName: "subject",
  creatable: true,
  columns: [
    { name: "activityid", type: "guid", writable: true },
    text("subject", true, 200),
    text("description"),
    text("activitytypecode", false),
    choice("statecode", STATECODE_LABELS, STATECODE_TRANSLATIONS),
    choice("statuscode", STATUSCODE_LABELS, STATUSCODE_TRANSLATIONS),
    choice("msdyn_state", MSDYN_STATE_LABELS, MSDYN_STATE_TRANSLATIONS),
    choice("msdyn_channel", CHANNEL_LABELS, CHANNEL_TRANSLATIONS),
    // No localized closure reasons were found: every language gets the base language's label.
    choice("msdyn_closurereason", CLOSURE_REASON_LABELS),
    text("msdyn_sessionid", true, 100),
    date("msdyn_sessioncreatedon"),
    date("msdyn_sessionclosedon"),
    date("msdyn_agentassignedon"),
    date("msdyn_agentacceptedon"),
    date("actualstart"),
    date("actualend"),
    { name: "actualdurationminutes", type: "integer", writable: true },
    date("scheduledstart"),
    date("scheduledend"),
    date("createdon", false),
    date("modifiedon", false),
    { name: "versionnumber", type: "integer" },
    {
      name: "_regardingobjectid_value",
      type: "lookup",
      lookupTargets: { sample_bankaccount: REGARDING_BANK_ACCOUNT_NAVIGATION },
    },
    { name: "_ownerid_value", type: "lookup", lookupTargets: OWNER_TARGETS },
    // msdyn_liveworkitemid: the conversation the session belongs to (the emulator has no conversation table, so
    // the lookup carries no formatted value): https://learn.microsoft.com/dynamics365/developer/reference/entities/msdyn_ocsession
    { name: "_msdyn_liveworkitemid_value", type: "lookup", lookupTargets: { [CONVERSATION_TABLE]: "msdyn_liveworkitemid" } },
  ],
};

export const BANK_ACCOUNT_TABLE: TableDefinition = {
  logicalName: "sample_bankaccount",
  entitySetName: "sample_bankaccounts",
  primaryKey: "sample_bankaccountid",
  primaryName: "sample_name",
  creatable: true,
  columns: [
    { name: "sample_bankaccountid", type: "guid", writable: true },
    text("sample_name", true, 100),
    choice("statecode", { 0: "Active", 1: "Inactive" }),
    choice("statuscode", { 1: "Active", 2: "Inactive" }),
    date("createdon", false),
    date("modifiedon", false),
    { name: "versionnumber", type: "integer" },
    { name: "_ownerid_value", type: "lookup", lookupTargets: OWNER_TARGETS },
  ],
};

export const SYSTEM_USER_TABLE: TableDefinition = {
  logicalName: "systemuser",
  entitySetName: "systemusers",
  primaryKey: "systemuserid",
  primaryName: "fullname",
  creatable: false,
  columns: [
    { name: "systemuserid", type: "guid" },
    text("fullname", false),
    text("internalemailaddress", false),
    { name: "versionnumber", type: "integer" },
  ],
};

export const TEAM_TABLE: TableDefinition = {
  logicalName: "team",
  entitySetName: "teams",
  primaryKey: "teamid",
  primaryName: "name",
  creatable: false,
  columns: [
    { name: "teamid", type: "guid" },
    text("name", false),
    { name: "versionnumber", type: "integer" },
  ],
};

export const TABLES: readonly TableDefinition[] = [SESSION_TABLE, BANK_ACCOUNT_TABLE, SYSTEM_USER_TABLE, TEAM_TABLE];

export function findTableByEntitySet(entitySetName: string): TableDefinition | undefined {
  return TABLES.find((table) => table.entitySetName === entitySetName);
}

export function findTableByLogicalName(logicalName: string): TableDefinition | undefined {
  return TABLES.find((table) => table.logicalName === logicalName);
}

export function findColumn(table: TableDefinition, name: string): ColumnDefinition | undefined {
  return table.columns.find((column) => column.name === name);
}

export interface NavigationBinding {
  readonly navigationProperty: string;
  readonly lookupColumn: ColumnDefinition;
  /** Logical names of the tables the navigation property may point to. */
  readonly targetTables: readonly string[];
}

/** The single-valued navigation properties a create body may bind, derived from the lookup columns. */
export function findNavigationBinding(table: TableDefinition, navigationProperty: string): NavigationBinding | undefined {
  for (const column of table.columns) {
    const targets = Object.entries(column.lookupTargets ?? {})
      .filter(([, navigation]) => navigation === navigationProperty)
      .map(([logicalName]) => logicalName);
    if (targets.length > 0) return { navigationProperty, lookupColumn: column, targetTables: targets };
  }
  return undefined;
}
