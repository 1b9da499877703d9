import { SESSION_TABLE } from "../data/sessionSchema";

const PRIVILEGE_CREATE = 1;
const DEPTH_BASIC = 0;

/**
 * Whether the user may create sessions at all. When the host cannot tell (no Utility feature), the button
 * stays: the platform still refuses a create the user is not allowed, and the control reports it.
 */
export function canCreateSessions(utils: ComponentFramework.Utility | undefined): boolean {
  try {
    return typeof utils?.hasEntityPrivilege === "function"
      ? utils.hasEntityPrivilege(SESSION_TABLE, PRIVILEGE_CREATE, DEPTH_BASIC) !== false
      : true;
  } catch {
    return true;
  }
}
