import { SESSION_TABLE } from "../data/sessionSchema";

const PRIVILEGE_CREATE = 1;
const PRIVILEGE_READ = 2;
const DEPTH_BASIC = 0;

function hasSessionPrivilege(utils: ComponentFramework.Utility | undefined, sessionMetadata: unknown, privilege: ComponentFramework.PropertyHelper.Types.PrivilegeType): boolean {
  try {
    if (sessionMetadata === null || typeof utils?.hasEntityPrivilege !== "function") return false;
    return utils.hasEntityPrivilege(SESSION_TABLE, privilege, DEPTH_BASIC) === true;
  } catch {
    return false;
  }
}

/**
 * Whether the user may create sessions, asked once the session table's metadata has loaded (loadSessionMetadata):
 * hasEntityPrivilege "might return false if the table metadata isn't locally cached", so its remarks ask to await
 * getEntityMetadata first
 * (https://learn.microsoft.com/power-apps/developer/component-framework/reference/utility/hasentityprivilege).
 * When the metadata could not be had (Omnichannel not installed, no Utility feature), the answer is no.
 */
export function hasCreatePrivilege(utils: ComponentFramework.Utility | undefined, sessionMetadata: unknown): boolean {
  return hasSessionPrivilege(utils, sessionMetadata, PRIVILEGE_CREATE);
}

/** Whether the user may read sessions, asked the same way: what a workspace session, which writes no row, needs. */
export function hasReadPrivilege(utils: ComponentFramework.Utility | undefined, sessionMetadata: unknown): boolean {
  return hasSessionPrivilege(utils, sessionMetadata, PRIVILEGE_READ);
}
