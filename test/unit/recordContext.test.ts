import { readHostRecord } from "../../src/platform/recordContext";

const ID = "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41";

function contextWith(members: Record<string, unknown>): ComponentFramework.Context<unknown> {
  return members as unknown as ComponentFramework.Context<unknown>;
}

describe("readHostRecord", () => {
  it("reads the record from mode.contextInfo", () => {
    const context = contextWith({ mode: { contextInfo: { entityId: `{${ID.toUpperCase()}}`, entityTypeName: "sample_bankaccount", entityRecordName: "Contoso" } } });
    expect(readHostRecord(context)).toEqual({ id: ID, entityType: "sample_bankaccount", name: "Contoso" });
  });

  it("falls back to context.page member by member", () => {
    const context = contextWith({ mode: { contextInfo: { entityRecordName: "Contoso" } }, page: { entityId: ID, entityTypeName: "sample_bankaccount" } });
    expect(readHostRecord(context)).toEqual({ id: ID, entityType: "sample_bankaccount", name: "Contoso" });
  });

  it.each([undefined, null, "", "00000000-0000-0000-0000-000000000000", "x' or 1 eq 1", 7])(
    "treats the record as unsaved for the id %p",
    (entityId) => {
      const context = contextWith({ mode: { contextInfo: { entityId, entityTypeName: "sample_bankaccount" } } });
      expect(readHostRecord(context).id).toBeNull();
    },
  );

  it("knows nothing when the host provides neither member", () => {
    expect(readHostRecord(contextWith({ mode: {} }))).toEqual({ id: null, entityType: null, name: "" });
  });
});
