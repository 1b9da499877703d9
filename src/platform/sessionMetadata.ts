import { SESSION_TABLE, SessionColumn } from "../data/sessionSchema";

/** The session columns whose metadata the control reads: msdyn_channel's options label the channel menu. */
export const SESSION_METADATA_ATTRIBUTES: readonly string[] = [SessionColumn.channel];

/**
 * The session table's metadata, asked for once per control instance with the attributes the control reads
 * (context.utils.getEntityMetadata(entityName, attributes):
 * https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/getentitymetadata).
 * The same answer lets hasEntityPrivilege answer (see privileges.ts). Null when it cannot be had (Omnichannel not
 * installed, no Utility feature); never throws.
 */
export async function loadSessionMetadata(utils: ComponentFramework.Utility | undefined): Promise<unknown> {
  try {
    if (typeof utils?.getEntityMetadata !== "function") return null;
    const metadata: unknown = await utils.getEntityMetadata(SESSION_TABLE, [...SESSION_METADATA_ATTRIBUTES]);
    return metadata ?? null;
  } catch {
    return null;
  }
}
