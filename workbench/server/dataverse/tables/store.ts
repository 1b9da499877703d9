import type { SampleData } from "../seed/sampleData";
import { BANK_ACCOUNT_TABLE, CONVERSATION_TABLE, SESSION_TABLE, SYSTEM_USER_TABLE, TEAM_TABLE } from "./schema";
import type { TableDefinition } from "./schema";

export type CellValue = string | number | null;

export interface StoredRow {
  readonly values: Readonly<Record<string, CellValue>>;
  /** Logical name of the table each lookup column points to, e.g. `{ _ownerid_value: "team" }`. */
  readonly lookupTables: Readonly<Record<string, string>>;
}

/** The emulator's in-memory tables, keyed by logical name then lower-case id. */
export class DataStore {
  private readonly tables = new Map<string, Map<string, StoredRow>>();
  private lastVersion = 1_000_000;

  constructor(data: SampleData) {
    data.users.forEach((user) =>
      this.insert(SYSTEM_USER_TABLE, { systemuserid: user.id, fullname: user.fullName, internalemailaddress: user.email }, {}),
    );
    data.teams.forEach((team) => this.insert(TEAM_TABLE, { teamid: team.id, name: team.name }, {}));
    data.accounts.forEach((account) => this.insert(BANK_ACCOUNT_TABLE, { ...account }, { _ownerid_value: "systemuser" }));
    data.sessions.forEach(({ ownerTable, ...session }) =>
      this.insert(SESSION_TABLE, { ...session }, {
        _ownerid_value: ownerTable,
        _regardingobjectid_value: BANK_ACCOUNT_TABLE.logicalName,
        ...(session._msdyn_liveworkitemid_value === null ? {} : { _msdyn_liveworkitemid_value: CONVERSATION_TABLE }),
      }),
    );
  }

  rows(table: TableDefinition): StoredRow[] {
    return [...this.tableRows(table).values()];
  }

  find(table: TableDefinition, id: string): StoredRow | undefined {
    return this.tableRows(table).get(id.toLowerCase());
  }

  findByLogicalName(logicalName: string, id: string): StoredRow | undefined {
    return this.tables.get(logicalName)?.get(id.toLowerCase());
  }

  /** Removes a row; false when there was none. */
  delete(table: TableDefinition, id: string): boolean {
    return this.tableRows(table).delete(id.toLowerCase());
  }

  /** Adds a row, stamping a fresh `versionnumber` (what `@odata.etag` is made of). */
  insert(table: TableDefinition, values: Record<string, CellValue>, lookupTables: Record<string, string>): StoredRow {
    const id = String(values[table.primaryKey]).toLowerCase();
    this.lastVersion += 1;
    const row: StoredRow = { values: { ...values, [table.primaryKey]: id, versionnumber: this.lastVersion }, lookupTables };
    this.tableRows(table).set(id, row);
    return row;
  }

  private tableRows(table: TableDefinition): Map<string, StoredRow> {
    let rows = this.tables.get(table.logicalName);
    if (!rows) {
      rows = new Map();
      this.tables.set(table.logicalName, rows);
    }
    return rows;
  }
}
