import { LoadFailure } from "../../src/data/retry";
import type { NewSessionRequest, RetryingRead, WebApiHost } from "../../src/data/sessionRepository";
import { createWebApiSessionRepository, defaultRegardingNavigationProperty } from "../../src/data/sessionRepository";
import type { SessionListRequest } from "../../src/model";
import { createMockContext } from "../fixtures/mockContext";
import { englishString } from "../fixtures/resx";
import { ACCOUNT_ID, pageOf, sessionId, sessionRow } from "../fixtures/sessionRows";

const ACCOUNT = { id: ACCOUNT_ID, entityType: "sample_bankaccount", name: "Contoso Everyday Checking" };
const NEW_ID = "99999999-9999-4999-8999-99999999999a";
const REQUEST: SessionListRequest = { regardingId: ACCOUNT_ID, scope: "all", filters: { status: "all", channels: [], search: "" }, pageSize: 25 };
const SELECT = "$select=activityid,subject,statecode,msdyn_state,msdyn_channel,msdyn_sessioncreatedon,msdyn_sessionclosedon,createdon,_ownerid_value,msdyn_closurereason,_msdyn_liveworkitemid_value";
const directly: RetryingRead = (read) => read();

function setup() {
  const { context, platform } = createMockContext();
  const repository = createWebApiSessionRepository(() => context as unknown as WebApiHost, englishString);
  return { repository, platform };
}

function newSession(overrides: Partial<NewSessionRequest> = {}): NewSessionRequest {
  return { regarding: ACCOUNT, subject: "Session with Contoso Everyday Checking", navigationProperty: null, sessionId: NEW_ID, ...overrides };
}

describe("listing through the repository", () => {
  it("asks retrieveMultipleRecords for the request's sessions with its page size and answers sessions and a cursor", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1)], "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=1"));
    const page = await repository.fetchFirstPage(REQUEST);
    expect(page.sessions.map((session) => session.id)).toEqual([sessionId(1)]);
    expect(page.cursor).toBe("https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=1");
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith(
      "msdyn_ocsession",
      `?${SELECT}&$filter=_regardingobjectid_value eq ${ACCOUNT_ID}&$orderby=createdon desc,activityid desc`,
      25,
    );
  });

  it("reads the loaded rows again in one request while they fit in one of Dataverse's pages", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1), sessionRow(2)], "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=2"));
    await expect(repository.fetchFirstPage(REQUEST, 75)).resolves.toMatchObject({ cursor: "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=2" });
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith("msdyn_ocsession", expect.stringContaining("$orderby=createdon desc,activityid desc"), 75);
  });

  it("reads more loaded rows than one page holds in pages of 5,000, following their cursors, and stops at the query's end", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords
      .mockResolvedValueOnce(pageOf([sessionRow(1)], "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=a"))
      .mockResolvedValueOnce(pageOf([sessionRow(2)], "https://org/api/data/v9.2/msdyn_ocsessions?$skiptoken=b"))
      .mockResolvedValueOnce(pageOf([sessionRow(3)]));
    const page = await repository.fetchFirstPage(REQUEST, 12_000);
    expect(platform.retrieveMultipleRecords.mock.calls.map(([, options, size]) => [options?.startsWith("?$skiptoken") ? options : "first", size])).toEqual([
      ["first", 5000],
      ["?$skiptoken=a", 5000],
      ["?$skiptoken=b", 2000],
    ]);
    expect(page).toEqual({ sessions: [1, 2, 3].map((index) => expect.objectContaining({ id: sessionId(index) })), cursor: null });
  });

  it("follows a cursor with its query part unchanged and the same page size", async () => {
    const { repository, platform } = setup();
    await repository.fetchNextPage({ ...REQUEST, pageSize: 40 }, "https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions?$select=subject&$skiptoken=%3Ccookie%3E");
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith("msdyn_ocsession", "?$select=subject&$skiptoken=%3Ccookie%3E", 40);
  });

  it("has no cursor for an empty, missing or query-less nextLink, and no sessions for a malformed answer", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValueOnce({ entities: [], nextLink: "" });
    await expect(repository.fetchFirstPage(REQUEST)).resolves.toEqual({ sessions: [], cursor: null });
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([], "https://org/api/data/v9.2/msdyn_ocsessions"));
    await expect(repository.fetchFirstPage(REQUEST)).resolves.toEqual({ sessions: [], cursor: null });
    platform.retrieveMultipleRecords.mockResolvedValueOnce({} as never);
    await expect(repository.fetchFirstPage(REQUEST)).resolves.toEqual({ sessions: [], cursor: null });
  });

  it("makes no call for a request that can match nothing", async () => {
    const { repository, platform } = setup();
    await expect(repository.fetchFirstPage({ ...REQUEST, scope: "open", filters: { ...REQUEST.filters, status: "closed" } })).resolves.toEqual({ sessions: [], cursor: null });
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
  });

  it("refuses to follow a cursor without a query", async () => {
    const { repository, platform } = setup();
    await expect(repository.fetchNextPage(REQUEST, "https://org/api/data/v9.2/msdyn_ocsessions")).rejects.toThrow();
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
  });

  it("passes the platform's rejection through", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockRejectedValue({ errorCode: 0x80072322, message: "Too many requests" });
    await expect(repository.fetchFirstPage(REQUEST)).rejects.toEqual({ errorCode: 0x80072322, message: "Too many requests" });
  });
});

describe("counting through the repository", () => {
  it("sends one aggregate FetchXML query with no page size and answers the count groups", async () => {
    const { repository, platform } = setup();
    platform.retrieveAggregate.mockResolvedValue(
      pageOf([{ sessions: 3, state: 0, sessionstate: 192350001, channel: 192370000, "channel@OData.Community.Display.V1.FormattedValue": "Voice" }]),
    );
    await expect(repository.fetchCounts(ACCOUNT_ID, "all")).resolves.toEqual({
      groups: [{ stateCode: 0, sessionState: 192350001, channel: 192370000, channelLabel: "Voice", count: 3 }],
    });
    expect(platform.retrieveAggregate).toHaveBeenCalledTimes(1);
    const [table, options, pageSize] = platform.retrieveAggregate.mock.calls[0];
    expect(table).toBe("msdyn_ocsession");
    expect(pageSize).toBeUndefined();
    expect(decodeURIComponent(options?.replace(/^\?fetchXml=/, "") ?? "")).toContain(`<condition attribute="regardingobjectid" operator="eq" value="${ACCOUNT_ID}"/>`);
  });

  it("makes no count call for an id that is not a GUID", async () => {
    const { repository, platform } = setup();
    await expect(repository.fetchCounts("x' or 1 eq 1", "all")).rejects.toThrow();
    expect(platform.retrieveAggregate).not.toHaveBeenCalled();
  });
});

describe("creating through the repository", () => {
  it("creates the session with the control's own id, regarding the record through the conventional navigation property", async () => {
    const { repository, platform } = setup();
    platform.createRecord.mockResolvedValue({ entityType: "msdyn_ocsession", id: `{${NEW_ID.toUpperCase()}}` });
    await expect(repository.createSession(newSession(), directly)).resolves.toBe(NEW_ID);
    expect(platform.getEntityMetadata).toHaveBeenCalledWith("sample_bankaccount");
    expect(platform.createRecord).toHaveBeenCalledWith("msdyn_ocsession", {
      activityid: NEW_ID,
      subject: "Session with Contoso Everyday Checking",
      "regardingobjectid_sample_bankaccount_msdyn_ocsession@odata.bind": `/sample_bankaccounts(${ACCOUNT_ID})`,
    });
  });

  it("reads the regarding table's metadata through the retrying read, but never the create", async () => {
    const { repository, platform } = setup();
    const retryRead = jest.fn<Promise<unknown>, [() => Promise<unknown>]>((read) => read());
    await repository.createSession(newSession(), retryRead as unknown as RetryingRead);
    expect(retryRead).toHaveBeenCalledTimes(1);
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
  });

  it("passes a failed create through without trying it again", async () => {
    const { repository, platform } = setup();
    platform.createRecord.mockRejectedValue({ errorCode: 0x80072322, message: "Too many requests" });
    await expect(repository.createSession(newSession(), directly)).rejects.toEqual({ errorCode: 0x80072322, message: "Too many requests" });
    expect(platform.createRecord).toHaveBeenCalledTimes(1);
  });

  it("creates nothing when the metadata read failed for good", async () => {
    const { repository, platform } = setup();
    const failing: RetryingRead = () => Promise.reject(new LoadFailure({ kind: "throttled", message: "busy" }));
    await expect(repository.createSession(newSession(), failing)).rejects.toBeInstanceOf(LoadFailure);
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("uses the maker's navigation property override", async () => {
    const { repository, platform } = setup();
    await repository.createSession(newSession({ subject: "S", navigationProperty: "regardingobjectid_custom" }), directly);
    expect(platform.createRecord.mock.calls[0][1]).toEqual({ activityid: NEW_ID, subject: "S", "regardingobjectid_custom@odata.bind": `/sample_bankaccounts(${ACCOUNT_ID})` });
  });

  it("cuts the subject to the column's 200 characters", async () => {
    const { repository, platform } = setup();
    await repository.createSession(newSession({ subject: "x".repeat(300) }), directly);
    expect((platform.createRecord.mock.calls[0][1] as { subject: string }).subject).toHaveLength(200);
  });

  it.each([
    [newSession({ regarding: { ...ACCOUNT, id: "x' or 1 eq 1" } }), "a hostile record id"],
    [newSession({ regarding: { ...ACCOUNT, entityType: "sample_bankaccount/../systemusers" } }), "a hostile table name"],
    [newSession({ sessionId: "not-a-guid" }), "an unusable new id"],
  ])("creates nothing for %p (%s)", async (request) => {
    const { repository, platform } = setup();
    await expect(repository.createSession(request, directly)).rejects.toThrow();
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("creates nothing when the table has no usable entity set name", async () => {
    const { repository, platform } = setup();
    platform.getEntityMetadata.mockResolvedValue({ EntitySetName: "sample_bankaccounts(1)/x" });
    await expect(repository.createSession(newSession(), directly)).rejects.toThrow();
    expect(platform.createRecord).not.toHaveBeenCalled();
  });

  it("looks a session up by its id", async () => {
    const { repository, platform } = setup();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([{ activityid: NEW_ID }]));
    await expect(repository.sessionExists(NEW_ID)).resolves.toBe(true);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith("msdyn_ocsession", `?$select=activityid&$filter=activityid eq ${NEW_ID}`, 1);
    await expect(repository.sessionExists(NEW_ID)).resolves.toBe(false);
    await expect(repository.sessionExists("x' or 1 eq 1")).resolves.toBe(false);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
  });

  it("names the conventional navigation property after the regarding table", () => {
    expect(defaultRegardingNavigationProperty("account")).toBe("regardingobjectid_account_msdyn_ocsession");
  });
});
