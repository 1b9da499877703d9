import { isClientOffline } from "../../src/platform/client";
import { loadCreatePrivilege } from "../../src/platform/privileges";

describe("loadCreatePrivilege", () => {
  /** Utility as the platform documents it: no privilege answer until the table's metadata is cached. */
  function platformUtils(holdsPrivilege: boolean, metadata: () => Promise<unknown> = () => Promise.resolve({ EntitySetName: "msdyn_ocsessions" })) {
    const cached = new Set<string>();
    const getEntityMetadata = jest.fn(async (table: string) => {
      const answer = await metadata();
      cached.add(table);
      return answer;
    });
    const hasEntityPrivilege = jest.fn((table: string) => cached.has(table) && holdsPrivilege);
    return { utils: { getEntityMetadata, hasEntityPrivilege } as unknown as ComponentFramework.Utility, getEntityMetadata, hasEntityPrivilege };
  }

  it("loads the session table's metadata before asking for the Create privilege at user depth", async () => {
    const { utils, getEntityMetadata, hasEntityPrivilege } = platformUtils(true);
    await expect(loadCreatePrivilege(utils)).resolves.toBe(true);
    expect(getEntityMetadata).toHaveBeenCalledWith("msdyn_ocsession");
    expect(hasEntityPrivilege).toHaveBeenCalledWith("msdyn_ocsession", 1, 0);
    expect(getEntityMetadata.mock.invocationCallOrder[0]).toBeLessThan(hasEntityPrivilege.mock.invocationCallOrder[0]);
  });

  it("is false when the user lacks the privilege", async () => {
    await expect(loadCreatePrivilege(platformUtils(false).utils)).resolves.toBe(false);
  });

  it("is false, and never throws, when the session table's metadata cannot be had (Omnichannel not installed)", async () => {
    const { utils, hasEntityPrivilege } = platformUtils(true, () => Promise.reject({ errorCode: 0x80040217, message: "Could not find an entity with name msdyn_ocsession" }));
    await expect(loadCreatePrivilege(utils)).resolves.toBe(false);
    expect(hasEntityPrivilege).not.toHaveBeenCalled();
  });

  it("is false when the host has no Utility members or they throw", async () => {
    await expect(loadCreatePrivilege(undefined)).resolves.toBe(false);
    await expect(loadCreatePrivilege({} as ComponentFramework.Utility)).resolves.toBe(false);
    const throwing = { getEntityMetadata: () => Promise.resolve({}), hasEntityPrivilege: () => { throw new Error("not supported"); } };
    await expect(loadCreatePrivilege(throwing as unknown as ComponentFramework.Utility)).resolves.toBe(false);
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
