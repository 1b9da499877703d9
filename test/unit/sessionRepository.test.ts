import type { WebApiHost } from "../../src/data/sessionRepository";
import { createWebApiSessionRepository, defaultRegardingNavigationProperty } from "../../src/data/sessionRepository";
import { createMockContext } from "../fixtures/mockContext";

const ACCOUNT = { id: "3f2b8c1e-5a47-4d2b-9e61-0c7d1a2b3c41", entityType: "sample_bankaccount", name: "Contoso Everyday Checking" };

function setup() {
  const { context, platform } = createMockContext();
  const repository = createWebApiSessionRepository(() => context as unknown as WebApiHost);
  return { repository, platform };
}

describe("the Web API session repository", () => {
  it("asks retrieveMultipleRecords for the sessions with the given options and page size", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValue({ entities: [{ activityid: "a" }], nextLink: "https://org/api?$skiptoken=1" });
    await expect(repository.fetchFirstPage("?$select=subject", 25)).resolves.toEqual({
      rows: [{ activityid: "a" }],
      nextLink: "https://org/api?$skiptoken=1",
    });
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith("msdyn_ocsession", "?$select=subject", 25);
  });

  it("follows a nextLink with its query part unchanged and the same page size", async () => {
    const { repository, platform } = setup();
    await repository.fetchNextPage("https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions?$select=subject&$skiptoken=%3Ccookie%3E", 40);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith("msdyn_ocsession", "?$select=subject&$skiptoken=%3Ccookie%3E", 40);
  });

  it("reports no next page for an empty or missing nextLink and no rows for a malformed response", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValueOnce({ entities: [], nextLink: "" });
    await expect(repository.fetchFirstPage("?x", 5)).resolves.toEqual({ rows: [], nextLink: null });
    platform.retrieveMultipleRecords.mockResolvedValueOnce({} as never);
    await expect(repository.fetchFirstPage("?x", 5)).resolves.toEqual({ rows: [], nextLink: null });
  });

  it("refuses to follow a nextLink without a query", async () => {
    const { repository, platform } = setup();
    await expect(repository.fetchNextPage("https://org/api/data/v9.2/msdyn_ocsessions", 25)).rejects.toThrow();
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
  });

  it("passes the platform's rejection through", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockRejectedValue({ errorCode: 0x80072322, message: "Too many requests" });
    await expect(repository.fetchFirstPage("?x", 25)).rejects.toEqual({ errorCode: 0x80072322, message: "Too many requests" });
  });

  it("creates a session regarding the record through the conventional navigation property", async () => {
    const { repository, platform } = setup();
    platform.createRecord.mockResolvedValue({ entityType: "msdyn_ocsession", id: "{99999999-9999-4999-8999-99999999999A}" });
    const id = await repository.createSession({ regarding: ACCOUNT, subject: "Session with Contoso Everyday Checking", navigationProperty: null });
    expect(id).toBe("99999999-9999-4999-8999-99999999999a");
    expect(platform.getEntityMetadata).toHaveBeenCalledWith("sample_bankaccount");
    expect(platform.createRecord).toHaveBeenCalledWith("msdyn_ocsession", {
      subject: "Session with Contoso Everyday Checking",
      "regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind": `/sample_bankaccounts(${ACCOUNT.id})`,
    });
  });

  it("uses the maker's navigation property override", async () => {
    const { repository, platform } = setup();
    await repository.createSession({ regarding: ACCOUNT, subject: "S", navigationProperty: "regardingobjectid_custom" });
    expect(platform.createRecord).toHaveBeenCalledWith("msdyn_ocsession", {
      subject: "S",
      "regardingobjectid_custom@odata.bind": `/sample_bankaccounts(${ACCOUNT.id})`,
    });
  });

  it("cuts the subject to the column's 200 characters", async () => {
    const { repository, platform } = setup();
    await repository.createSession({ regarding: ACCOUNT, subject: "x".repeat(300), navigationProperty: null });
    expect((platform.createRecord.mock.calls[0][1] as { subject: string }).subject).toHaveLength(200);
  });

  it.each([
    [{ ...ACCOUNT, id: "x' or 1 eq 1" }, "a hostile id"],
    [{ ...ACCOUNT, entityType: "sample_bankaccount/../systemusers" }, "a hostile table name"],
  ])("creates nothing for %p (%s)", async (regarding) => {
    const { repository, platform } = setup();
    await expect(repository.createSession({ regarding, subject: "S", navigationProperty: null })).rejects.toThrow();
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("creates nothing when the table has no usable entity set name", async () => {
    const { repository, platform } = setup();
    platform.getEntityMetadata.mockResolvedValue({ EntitySetName: "sample_bankaccounts(1)/x" });
    await expect(repository.createSession({ regarding: ACCOUNT, subject: "S", navigationProperty: null })).rejects.toThrow();
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("names the conventional navigation property after the regarding table", () => {
    expect(defaultRegardingNavigationProperty("account")).toBe("regardingobjectid_account_msdyn_ocsession");
  });
});
