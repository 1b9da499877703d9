import { isClientOffline } from "../../src/platform/client";
import { canCreateSessions } from "../../src/platform/privileges";

function utilsWith(hasEntityPrivilege: unknown): ComponentFramework.Utility {
  return { hasEntityPrivilege } as unknown as ComponentFramework.Utility;
}

describe("canCreateSessions", () => {
  it("asks for the Create privilege on sessions at user depth", () => {
    const hasEntityPrivilege = jest.fn().mockReturnValue(true);
    expect(canCreateSessions(utilsWith(hasEntityPrivilege))).toBe(true);
    expect(hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 1, 0);
  });

  it("is false when the user lacks the privilege", () => {
    expect(canCreateSessions(utilsWith(() => false))).toBe(false);
  });

  it("leaves the decision to the platform when the check is unavailable or fails", () => {
    expect(canCreateSessions(undefined)).toBe(true);
    expect(canCreateSessions(utilsWith(undefined))).toBe(true);
    expect(canCreateSessions(utilsWith(() => { throw new Error("not supported"); }))).toBe(true);
  });
});

describe("isClientOffline", () => {
  function client(isOffline: () => boolean, isNetworkAvailable: () => boolean): ComponentFramework.Client {
    return { isOffline, isNetworkAvailable } as unknown as ComponentFramework.Client;
  }

  it("is offline in offline mode or without a network", () => {
    expect(isClientOffline(client(() => true, () => true))).toBe(true);
    expect(isClientOffline(client(() => false, () => false))).toBe(true);
    expect(isClientOffline(client(() => false, () => true))).toBe(false);
  });

  it("assumes online when the client cannot tell", () => {
    expect(isClientOffline(undefined)).toBe(false);
    expect(isClientOffline(client(() => { throw new Error("x"); }, () => true))).toBe(false);
  });
});
