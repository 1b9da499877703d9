import { SESSION_TABLE } from "../data/sessionSchema";

const PRIVILEGE_CREATE = 1;
const DEPTH_BASIC = 0;

/**
 * Whether the user may create sessions. hasEntityPrivilege "might return false if the table metadata isn't
 * locally cached", so the session table's metadata is awaited first, as its remarks ask
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/hasentityprivilege).
 * When the metadata cannot be had (Omnichannel not installed, no Utility feature), the answer is no.
 */
export async function loadCreatePrivilege(utils: ComponentFramework.Utility | undefined): Promise<boolean> {
  try {
    if (typeof utils?.getEntityMetadata !== "function" || typeof utils.hasEntityPrivilege !== "function") return false;
    await utils.getEntityMetadata(SESSION_TABLE);
    return utils.hasEntityPrivilege(SESSION_TABLE, PRIVILEGE_CREATE, DEPTH_BASIC) === true;
  } catch {
    return false;
  }
}
