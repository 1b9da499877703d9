import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { ACCOUNT_ID, sessionRow, sessionRows, pageOf } from "../fixtures/sessionRows";

function page(entities: Record<string, unknown>[], nextLink?: string) {
  return Promise.resolve({ entities, nextLink: nextLink as string });
}

describe("listing the sessions regarding the record", () => {
  it("shows a labelled loading state until the first page arrives", async () => {
    const first = deferred<{ entities: Record<string, unknown>[]; nextLink: string }>();
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockReturnValueOnce(first.promise);
    mountControl({}, platform);
    expect(screen.getByRole("status", { name: "Loading sessions" })).toBeInTheDocument();
    first.resolve(pageOf([sessionRow(1)]));
    await flush();
    expect(screen.queryByRole("status", { name: "Loading sessions" })).not.toBeInTheDocument();
  });

  it("makes exactly one query for the record on first render", async () => {
    const { platform } = mountControl();
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledWith(
      "msdyn_ocsession",
      "?$select=activityid,subject,statecode,msdyn_state,msdyn_channel,msdyn_sessioncreatedon,msdyn_sessionclosedon,createdon,_ownerid_value,msdyn_closurereason,_msdyn_liveworkitemid_value" +
        `&$filter=_regardingobjectid_value eq ${ACCOUNT_ID}&$orderby=createdon desc,activityid desc`,
      25,
    );
  });

  it("shows each session as a list item with its subject, status, channel, owner and timing", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() => page([sessionRow(1), sessionRow(2, { subject: null })]));
    mountControl({}, platform);
    await flush();
    const list = screen.getByRole("list", { name: "Sessions regarding Contoso Everyday Checking" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Session 1");
    expect(items[0]).toHaveTextContent("Completed");
    expect(items[0]).toHaveTextContent("Live chat · Alex Wu");
    // The day is the heading above; today's sessions also say how long ago they started.
    expect(items[0]).toHaveTextContent(/Started 11:00 · (.+ ago · )?Lasted 12 min/);
    expect(items[0]).toHaveTextContent("Reason: Customer disconnected");
    expect(items[1]).toHaveTextContent("(No subject)");
    expect(screen.getByText("2 sessions")).toBeInTheDocument();
  });

  it("says there are no sessions yet, and still offers New session", async () => {
    mountControl();
    await flush();
    expect(screen.getByText("No sessions yet")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeEnabled();
  });

  it("shows a hostile subject as text and never as markup", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() => page([sessionRow(1, { subject: "<img src=x onerror=alert(1)>" })]));
    mountControl({}, platform);
    await flush();
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });

  it("skips malformed rows and still shows the good ones", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() => page([null as never, { subject: "no id" }, sessionRow(3)]));
    mountControl({}, platform);
    await flush();
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
  });

  it("reloads on Refresh and keeps the rows on screen meanwhile", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() => page([sessionRow(1)]));
    mountControl({}, platform);
    await flush();
    const refreshed = deferred<{ entities: Record<string, unknown>[]; nextLink: string }>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(refreshed.promise);
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    refreshed.resolve(pageOf([sessionRow(0), sessionRow(1)]));
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole("listitem").map((item) => item.getAttribute("data-session-id"))).toEqual([
      sessionRows(0, 2)[0].activityid,
      sessionRows(0, 2)[1].activityid,
    ]);
  });
});

describe("paging", () => {
  const NEXT = "https://org.crm.dynamics.com/api/data/v9.2/msdyn_ocsessions?$select=subject&$skiptoken=%3Ccookie%20page%3D%222%22%3E";

  it("loads the next page through nextLink's query with the same page size and appends it in order", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockImplementationOnce(() => page(sessionRows(0, 5), NEXT))
      .mockImplementationOnce(() => page(sessionRows(5, 3)));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await flush();
    expect(screen.getByText("5+ sessions")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenLastCalledWith(
      "msdyn_ocsession",
      "?$select=subject&$skiptoken=%3Ccookie%20page%3D%222%22%3E",
      5,
    );
    const ids = screen.getAllByRole("listitem").map((item) => item.getAttribute("data-session-id"));
    expect(ids).toEqual(sessionRows(0, 8).map((row) => row.activityid));
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(screen.getByText("8 sessions")).toBeInTheDocument();
  });

  it("never shows a session twice when a page repeats rows", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockImplementationOnce(() => page(sessionRows(0, 5), NEXT))
      .mockImplementationOnce(() => page(sessionRows(3, 5)));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await flush();
    const ids = screen.getAllByRole("listitem").map((item) => item.getAttribute("data-session-id"));
    expect(ids).toEqual(sessionRows(0, 8).map((row) => row.activityid));
  });

  it("asks for a page once however fast Load more is clicked", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() => page(sessionRows(0, 5), NEXT));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await flush();
    const more = deferred<{ entities: Record<string, unknown>[]; nextLink: string }>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(more.promise);
    const button = screen.getByRole("button", { name: "Load more" });
    act(() => {
      button.click();
      button.click();
    });
    expect(screen.getByRole("status", { name: "Loading more sessions" })).toBeInTheDocument();
    more.resolve(pageOf(sessionRows(5, 1)));
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
  });

  it("keeps the rows when a later page fails, and retries that page", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockImplementationOnce(() => page(sessionRows(0, 5), NEXT))
      .mockImplementationOnce(() => Promise.reject({ errorCode: 0x80040216, message: "An unexpected error occurred." }))
      .mockImplementationOnce(() => page(sessionRows(5, 2)));
    mountControl({ settings: { pageSize: 5 } }, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await flush();
    expect(screen.getByText("More sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await flush();
    expect(platform.retrieveMultipleRecords.mock.calls[2]).toEqual(platform.retrieveMultipleRecords.mock.calls[1]);
    expect(screen.getAllByRole("listitem")).toHaveLength(7);
    expect(screen.queryByText("More sessions could not be loaded")).not.toBeInTheDocument();
  });
});

describe("the agent shown for a session", () => {
  it("leaves out an owner whose name the platform did not send, and says when there is no owner", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockImplementationOnce(() =>
      page([
        sessionRow(1, { "_ownerid_value@OData.Community.Display.V1.FormattedValue": undefined }),
        sessionRow(2, { _ownerid_value: null, "_ownerid_value@OData.Community.Display.V1.FormattedValue": undefined }),
      ]),
    );
    mountControl({}, platform);
    await flush();
    const [owned, unowned] = screen.getAllByRole("listitem");
    expect(within(owned).getByText("Live chat")).toBeInTheDocument();
    expect(owned).not.toHaveTextContent("No agent");
    expect(unowned).toHaveTextContent("Live chat · No agent");
  });
});
