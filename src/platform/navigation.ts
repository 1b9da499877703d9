import { normalizeGuid } from "../data/guid";
import type { RegardingRecord } from "../data/sessionRepository";
import { SESSION_TABLE } from "../data/sessionSchema";
import { tryOpenSessionTab } from "./multiSession";

export interface SessionNavigator {
  openSession(sessionId: string, openInNewWindow: boolean): Promise<void>;
  /** Opens the session create form; resolves the saved session's id, or null when the user cancelled. */
  openNewSessionForm(regarding: RegardingRecord, useQuickCreateForm: boolean): Promise<string | null>;
}

export function createSessionNavigator(getNavigation: () => ComponentFramework.Navigation): SessionNavigator {
  return {
    async openSession(sessionId, openInNewWindow) {
      if (await tryOpenSessionTab(sessionId)) return;
      await getNavigation().openForm({ entityName: SESSION_TABLE, entityId: sessionId, openInNewWindow });
    },

    async openNewSessionForm(regarding, useQuickCreateForm) {
      const { id, entityType, name } = regarding;
      const result = await getNavigation().openForm(
        { entityName: SESSION_TABLE, createFromEntity: { entityType, id, name }, useQuickCreateForm },
        { regardingobjectid: id, regardingobjectidname: name, regardingobjectidtype: entityType },
      );
      const saved = Array.isArray(result?.savedEntityReference) ? result.savedEntityReference : [];
      for (const reference of saved) {
        const savedId = normalizeGuid(reference?.id);
        if (savedId !== null) return savedId;
      }
      return null;
    },
  };
}
