import { isClientOffline } from "../../src/platform/client";
import { hasCreatePrivilege } from "../../src/platform/privileges";
import { loadSessionMetadata } from "../../src/platform/sessionMetadata";

/** Utility as the platform documents it: no privilege answer until the table's metadata is cached. */
function platformUtils(holdsPrivilege: boolean, metadata: () => Promise<unknown> = () => Promise.resolve({ EntitySetName: "msdyn_ocsessions" })) {
  const cached = new Set<string>();
  const getEntityMetadata = jest.fn(async (table: string, _attributes?: string[]) => {
    const answer = await metadata();
    cached.add(table);
    return answer;
  });
  const hasEntityPrivilege = jest.fn((table: string, _privilege: number, _depth: number) => cached.has(table) && holdsPrivilege);
  return { utils: { getEntityMetadata, hasEntityPrivilege } as unknown as ComponentFramework.Utility, getEntityMetadata, hasEntityPrivilege };
}

describe("loadSessionMetadata", () => {
  it("asks for the session table with msdyn_channel, the one attribute the control reads, in one call", async () => {
    const { utils, getEntityMetadata } = platformUtils(true);
    await expect(loadSessionMetadata(utils)).resolves.toEqual({ EntitySetName: "msdyn_ocsessions" });
    expect(getEntityMetadata.mock.calls).toEqual([["msdyn_ocsession", ["msdyn_channel"]]]);
  });

  it("is null, and never throws, when the metadata cannot be had (Omnichannel not installed, no Utility)", async () => {
    const { utils } = platformUtils(true, () => Promise.reject({ errorCode: 0x80040217, message: "Could not find an entity with name msdyn_ocsession" }));
    await expect(loadSessionMetadata(utils)).resolves.toBeNull();
    await expect(loadSessionMetadata(undefined)).resolves.toBeNull();
    await expect(loadSessionMetadata({} as ComponentFramework.Utility)).resolves.toBeNull();
  });
});

describe("hasCreatePrivilege", () => {
  it("asks for the Create privilege at user depth once the session table's metadata has loaded", async () => {
    const { utils, getEntityMetadata, hasEntityPrivilege } = platformUtils(true);
    expect(hasCreatePrivilege(utils, await loadSessionMetadata(utils))).toBe(true);
    expect(hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 1, 0);
    expect(getEntityMetadata.mock.invocationCallOrder[0]).toBeLessThan(hasEntityPrivilege.mock.invocationCallOrder[0]);
  });

  it("is false when the user lacks the privilege", async () => {
    const { utils } = platformUtils(false);
    expect(hasCreatePrivilege(utils, await loadSessionMetadata(utils))).toBe(false);
  });

  it("is false without asking when the session table's metadata could not be had", () => {
    const { utils, hasEntityPrivilege } = platformUtils(true);
    expect(hasCreatePrivilege(utils, null)).toBe(false);
    expect(hasEntityPrivilege).not.toHaveBeenCalled();
  });

  it("is false when the host has no Utility members or they throw", () => {
    expect(hasCreatePrivilege(undefined, {})).toBe(false);
    expect(hasCreatePrivilege({} as ComponentFramework.Utility, {})).toBe(false);
    const throwing = { hasEntityPrivilege: () => { throw new Error("not supported"); } };
    expect(hasCreatePrivilege(throwing as unknown as ComponentFramework.Utility, {})).toBe(false);
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
