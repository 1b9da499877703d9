import { SESSION_TABLE } from "../data/sessionSchema";

// Microsoft.Apm exists only inside multi-session apps (Customer Service workspace); it is not in the PCF
// typings, so this file is the only one that touches it.
interface ApmTabInput {
  templateName: string;
  appContext: Map<string, string>;
  isFocused: boolean;
}
interface ApmGlobal {
  Microsoft?: { Apm?: { createTab?: (input: ApmTabInput) => unknown } };
}

/** Opens the session as an app tab; false when that is not possible, so the caller falls back to openForm. */
export async function tryOpenSessionTab(sessionId: string): Promise<boolean> {
  const createTab = (globalThis as ApmGlobal).Microsoft?.Apm?.createTab;
  if (typeof createTab !== "function") return false;
  try {
    await createTab({
      templateName: "msdyn_entityrecord",
      appContext: new Map([
        ["entityName", SESSION_TABLE],
        ["entityId", sessionId],
      ]),
      isFocused: true,
    });
    return true;
  } catch {
    return false;
  }
}
