import { SESSION_TABLE } from "../data/sessionSchema";

// Microsoft.Apm exists only inside multi-session apps (Customer Service workspace); it is not in the PCF
// typings, so this file is the only one that touches it.
// https://learn.microsoft.com/dynamics365/customer-service/develop/reference/methods/createtab
interface ApmTabInput {
  templateName: string;
  appContext: Map<string, string>;
  isFocused: boolean;
}
interface Apm {
  createTab?: (input: ApmTabInput) => unknown;
}
interface ApmGlobal {
  Microsoft?: { Apm?: Apm };
}

/** Opens the session as an app tab; false when that is not possible, so the caller falls back to openForm. */
export async function tryOpenSessionTab(sessionId: string): Promise<boolean> {
  const apm = (globalThis as ApmGlobal).Microsoft?.Apm;
  if (typeof apm?.createTab !== "function") return false;
  try {
    // Called as a method of Microsoft.Apm, never detached: a platform method may rely on `this`.
    await apm.createTab({
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
