import type { RegardingRecord } from "../model";

// Microsoft.Apm (the app profile manager) exists only inside multi-session apps (Customer Service workspace); it is
// not in the PCF typings, so this file is the only one that touches it. Its functions are always called as methods
// of Microsoft.Apm, never detached: a platform method may rely on `this`.
// createTab: https://learn.microsoft.com/dynamics365/customer-service/develop/reference/methods/createtab
// createSession: https://learn.microsoft.com/dynamics365/customer-service/develop/reference/methods/createsession
interface ApmTabInput {
  templateName: string;
  appContext: Map<string, string>;
  isFocused: boolean;
}
interface ApmSessionInput {
  templateName: string;
  sessionContext: Map<string, string>;
  isFocused: boolean;
}
interface Apm {
  createTab?: (input: ApmTabInput) => unknown;
  createSession?: (input: ApmSessionInput) => unknown;
}
interface ApmGlobal {
  Microsoft?: { Apm?: Apm };
}

function appProfileManager(): Apm | undefined {
  return (globalThis as ApmGlobal).Microsoft?.Apm;
}

/** The app tab template that opens one record (entityName, entityId) as a tab of the focused session. */
const ENTITY_RECORD_TAB_TEMPLATE = "msdyn_entityrecord";

/** Opens the record as an app tab; false when that is not possible, so the caller falls back to openForm. */
export async function tryOpenRecordTab(entityName: string, recordId: string): Promise<boolean> {
  const apm = appProfileManager();
  if (typeof apm?.createTab !== "function") return false;
  try {
    await apm.createTab({
      templateName: ENTITY_RECORD_TAB_TEMPLATE,
      appContext: new Map([
        ["entityName", entityName],
        ["entityId", recordId],
      ]),
      isFocused: true,
    });
    return true;
  } catch {
    return false;
  }
}

/** Whether this app can open workspace sessions: a multi-session app whose Microsoft.Apm has createSession. */
export function canCreateWorkspaceSession(): boolean {
  return typeof appProfileManager()?.createSession === "function";
}

/** createSession threw or rejected: the template is not in the user's app profile, or does not exist. */
export class WorkspaceSessionFailure extends Error {
  constructor(readonly templateName: string) {
    super();
  }
}

/**
 * The documented examples put the anchor record in sessionContext's "parametersStr" as the JSON text of
 * [["entityName", …], ["entityId", …]]; the id goes bare (no braces), as in those examples.
 */
export function workspaceSessionContext(record: RegardingRecord): Map<string, string> {
  const parameters = [
    ["entityName", record.entityType],
    ["entityId", record.id.replace(/[{}]/g, "")],
  ];
  return new Map([["parametersStr", JSON.stringify(parameters)]]);
}

/**
 * Opens a workspace session from the session template with the record as its anchor, focused. Resolves false when
 * the app cannot (no Microsoft.Apm.createSession), so the caller falls back to a form; throws WorkspaceSessionFailure
 * when the platform refused. How it refuses (a throw or a rejection, and with what) is not documented: both count.
 */
export async function createWorkspaceSession(templateName: string, record: RegardingRecord): Promise<boolean> {
  const apm = appProfileManager();
  if (typeof apm?.createSession !== "function") return false;
  try {
    await apm.createSession({ templateName, sessionContext: workspaceSessionContext(record), isFocused: true });
    return true;
  } catch {
    throw new WorkspaceSessionFailure(templateName);
  }
}
