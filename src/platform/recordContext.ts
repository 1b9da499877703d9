import { normalizeGuid } from "../data/guid";
import { nonBlankText } from "../data/textInput";
import type { HostRecord } from "../model";

// Undocumented members that model-driven forms provide; this file is the only one that reads them.
interface UndocumentedContextInfo {
  entityId?: unknown;
  entityTypeName?: unknown;
  entityRecordName?: unknown;
}
interface UndocumentedContext {
  mode?: { contextInfo?: UndocumentedContextInfo };
  page?: UndocumentedContextInfo;
}

const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

function nonEmptyText(value: unknown): string | null {
  return nonBlankText(value)?.trim() ?? null;
}

function savedId(value: unknown): string | null {
  const id = normalizeGuid(value);
  return id === EMPTY_GUID ? null : id;
}

/** Reads the hosting record from mode.contextInfo, falling back to page, member by member. */
export function readHostRecord(context: ComponentFramework.Context<unknown>): HostRecord {
  const host = context as unknown as UndocumentedContext;
  const info = host.mode?.contextInfo ?? {};
  const page = host.page ?? {};
  return {
    id: savedId(info.entityId) ?? savedId(page.entityId),
    entityType: nonEmptyText(info.entityTypeName) ?? nonEmptyText(page.entityTypeName),
    name: nonEmptyText(info.entityRecordName) ?? nonEmptyText(page.entityRecordName) ?? "",
  };
}
