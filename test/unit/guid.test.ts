import { newGuid, normalizeGuid } from "../../src/data/guid";

describe("normalizeGuid", () => {
  it("lower-cases a GUID and strips its braces", () => {
    expect(normalizeGuid("{3F2B8C1E-5A47-4D2B-9E61-0C7D1A2B3C41}")).toBe("3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41");
  });

  it("keeps a plain GUID as it is", () => {
    expect(normalizeGuid("3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41")).toBe("3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41");
  });

  it.each([
    "x' or 1 eq 1",
    "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41 or 1 eq 1",
    "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41)",
    "{3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41",
    "3f2b8c1e5a474d2b9e610c7d1a2b3c41",
    "zf2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41",
    "",
    null,
    undefined,
    42,
    {},
  ])("rejects %p", (value) => {
    expect(normalizeGuid(value)).toBeNull();
  });
});

describe("newGuid", () => {
  it("makes a different version 4 GUID each time, one that normalizeGuid keeps as it is", () => {
    const [first, second] = [newGuid(), newGuid()];
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(normalizeGuid(first)).toBe(first);
    expect(second).not.toBe(first);
  });
});
