import { screen } from "@testing-library/react";
import { createMockPlatform, deferred } from "../fixtures/mockContext";
import type { MockContextOptions } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { sessionRow, pageOf } from "../fixtures/sessionRows";

const OTHER_ACCOUNT = { entityId: "8d4e6f20-1c3b-4a59-b7e8-2f9a0b1c2d52", entityTypeName: "sample_bankaccount", entityRecordName: "Fabrikam Business Savings" };

type Page = { entities: Record<string, unknown>[]; nextLink: string };

describe("Web API calls only with a reason", () => {
  it("makes no call when updateView repeats with nothing changed", async () => {
    const { platform, update } = mountControl();
    await flush();
    for (let i = 0; i < 5; i++) update();
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("makes no call when only settings that do not shape the query change", async () => {
    const base: MockContextOptions = {};
    const { platform, update } = mountControl(base);
    await flush();
    update({ settings: { openInNewWindow: "yes", startMode: "directCreate", allowStart: "no" }, isControlDisabled: true });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("queries again when the state filter changes", async () => {
    const { platform, update } = mountControl();
    await flush();
    update({ settings: { sessionState: "open" } });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords.mock.calls[1][1]).toContain("and (statecode eq 0 or statecode eq 3)");
  });

  it("queries again when the page size changes", async () => {
    const { platform, update } = mountControl();
    await flush();
    update({ settings: { pageSize: 50 } });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords.mock.calls[1][2]).toBe(50);
  });

  it("makes no call when an invalid page size falls back to the one already in use", async () => {
    const { platform, update } = mountControl();
    await flush();
    update({ settings: { pageSize: 9999 } });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("queries again for another record and drops the first record's rows", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    const { update } = mountControl({}, platform);
    await flush();
    update({ record: OTHER_ACCOUNT });
    expect(screen.queryByText("Session 1")).not.toBeInTheDocument();
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    expect(platform.retrieveMultipleRecords.mock.calls[1][1]).toContain(`_regardingobjectid_value eq ${OTHER_ACCOUNT.entityId}`);
  });

  it("shows only the newest request's answer when an older one arrives late", async () => {
    const platform = createMockPlatform();
    const first = deferred<Page>();
    const second = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { update } = mountControl({}, platform);
    update({ record: OTHER_ACCOUNT });
    second.resolve(pageOf([sessionRow(2, { subject: "Fabrikam session" })]));
    await flush();
    first.resolve(pageOf([sessionRow(1, { subject: "Contoso session" })]));
    await flush();
    expect(screen.getByText("Fabrikam session")).toBeInTheDocument();
    expect(screen.queryByText("Contoso session")).not.toBeInTheDocument();
  });

  it("ignores a late failure of an older request", async () => {
    const platform = createMockPlatform();
    const first = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(first.promise);
    const { update } = mountControl({}, platform);
    update({ record: OTHER_ACCOUNT });
    await flush();
    first.reject({ errorCode: 0x80040216, message: "late" });
    await flush();
    expect(screen.queryByText("Sessions could not be loaded")).not.toBeInTheDocument();
    expect(screen.getByText("No sessions yet")).toBeInTheDocument();
  });

  it("updates nothing after destroy, even when an answer arrives", async () => {
    const platform = createMockPlatform();
    const pending = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(pending.promise);
    const consoleError = jest.spyOn(console, "error");
    const { control } = mountControl({}, platform);
    control.destroy();
    pending.resolve(pageOf([sessionRow(1)]));
    await flush();
    expect(screen.queryByText("Session 1")).not.toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Loading sessions" })).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("sets no state after unmount when an answer arrives", async () => {
    const platform = createMockPlatform();
    const pending = deferred<Page>();
    platform.retrieveMultipleRecords.mockReturnValueOnce(pending.promise);
    const consoleError = jest.spyOn(console, "error");
    const { control, unmount } = mountControl({}, platform);
    control.destroy();
    unmount();
    pending.resolve(pageOf([sessionRow(1)]));
    await flush();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("an unsaved record", () => {
  it.each([
    ["no id", { entityTypeName: "sample_bankaccount" }],
    ["an empty id", { entityId: "", entityTypeName: "sample_bankaccount" }],
    ["a hostile id", { entityId: "x' or 1 eq 1", entityTypeName: "sample_bankaccount" }],
  ])("with %s makes no Web API call and asks to save first", async (_case, record) => {
    const { platform, update } = mountControl({ record });
    update({ record });
    await flush();
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
    expect(platform.createRecord).not.toHaveBeenCalled();
    expect(screen.getByText("Save this record to see its sessions and start a new one.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New session" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
  });

  it("loads once the record is saved", async () => {
    const { platform, update } = mountControl({ record: { entityTypeName: "sample_bankaccount" } });
    await flush();
    update({ record: OTHER_ACCOUNT });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("reads the record from context.page when contextInfo is missing", async () => {
    const { platform } = mountControl({ record: null, page: OTHER_ACCOUNT });
    await flush();
    expect(platform.retrieveMultipleRecords.mock.calls[0][1]).toContain(`eq ${OTHER_ACCOUNT.entityId}`);
  });
});
