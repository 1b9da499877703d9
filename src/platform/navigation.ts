import { normalizeGuid } from "../data/guid";
import type { RegardingRecord } from "../model";
import { CONVERSATION_TABLE, SESSION_TABLE } from "../data/sessionSchema";
import { createWorkspaceSession, tryOpenRecordTab } from "./multiSession";

export interface SessionNavigator {
  openSession(sessionId: string, openInNewWindow: boolean): Promise<void>;
  /** Opens the quick create form; resolves the saved session's id, or null when the user cancelled. */
  openQuickCreateForm(regarding: RegardingRecord): Promise<string | null>;
  /**
   * Opens the session main form. It resolves when the platform lets go of the form, which in a multi-session app
   * may be never (the tab stays open): callers must not keep the agent waiting on it.
   */
  openMainForm(regarding: RegardingRecord): Promise<void>;
  /** Opens the conversation (msdyn_ocliveworkitem) behind a session: a tab in a multi-session app, else its form. */
  openConversation(conversationId: string, openInNewWindow: boolean): Promise<void>;
  /**
   * Opens a workspace session for the record from the session template. False when the app has no workspace
   * sessions (the caller falls back to a form); throws WorkspaceSessionFailure when the platform refused.
   */
  startWorkspaceSession(templateName: string, regarding: RegardingRecord): Promise<boolean>;
}

/**
 * The new session's regarding is prefilled through createFromEntity only: regarding lookups "can't be set"
 * through form parameters, and "any attempt to pass an invalid parameter or value will result in an error"
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/set-field-values-using-parameters-passed-form).
 */
function newSessionFormOptions(regarding: RegardingRecord, useQuickCreateForm: boolean): ComponentFramework.NavigationApi.EntityFormOptions {
  const { id, entityType, name } = regarding;
  return { entityName: SESSION_TABLE, createFromEntity: { entityType, id, name }, useQuickCreateForm };
}

/** A saved id as the platform hands it: "{UPPER-CASE}" strings, or { guid } objects (https://github.com/MicrosoftDocs/powerapps-docs/issues/1856). */
function savedReferenceId(reference: unknown): string | null {
  if (typeof reference !== "object" || reference === null) return null;
  const id: unknown = (reference as { id?: unknown }).id;
  if (typeof id === "string") return normalizeGuid(id);
  if (typeof id === "object" && id !== null) return normalizeGuid((id as { guid?: unknown }).guid);
  return null;
}

/** The first usable id in savedEntityReference, which comes only after a quick create save; null on cancel. */
function savedSessionId(response: unknown): string | null {
  if (typeof response !== "object" || response === null) return null;
  const saved: unknown = (response as { savedEntityReference?: unknown }).savedEntityReference;
  const references = Array.isArray(saved) ? (saved as unknown[]) : [saved];
  for (const reference of references) {
    const id = savedReferenceId(reference);
    if (id !== null) return id;
  }
  return null;
}

export function createSessionNavigator(getNavigation: () => ComponentFramework.Navigation): SessionNavigator {
  /** A tab in a multi-session app, else the record's form. */
  const openRecord = async (entityName: string, entityId: string, openInNewWindow: boolean): Promise<void> => {
    if (await tryOpenRecordTab(entityName, entityId)) return;
    await getNavigation().openForm({ entityName, entityId, openInNewWindow });
  };
  return {
    openSession: (sessionId, openInNewWindow) => openRecord(SESSION_TABLE, sessionId, openInNewWindow),

    async openQuickCreateForm(regarding) {
      return savedSessionId(await getNavigation().openForm(newSessionFormOptions(regarding, true)));
    },

    async openMainForm(regarding) {
      await getNavigation().openForm(newSessionFormOptions(regarding, false));
    },

    openConversation: (conversationId, openInNewWindow) => openRecord(CONVERSATION_TABLE, conversationId, openInNewWindow),

    startWorkspaceSession(templateName, regarding) {
      return createWorkspaceSession(templateName, regarding);
    },
  };
}
