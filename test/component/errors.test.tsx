import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { sessionRow, pageOf } from "../fixtures/sessionRows";

describe("when the sessions cannot be loaded", () => {
  it.each([
    [{ errorCode: 0x80040220, message: "Principal user is missing prvReadmsdyn_ocsession privilege" }, "You don't have permission to do this."],
    [{ errorCode: 0x80040217, message: "msdyn_ocsession With Id = x Does Not Exist" }, "The record or session no longer exists."],
    [{ errorCode: 0x80040216, message: "An unexpected error occurred." }, "Something went wrong."],
  ])("explains %p in plain words with the platform's message", async (failure, plainWords) => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce(failure);
    mountControl({}, platform);
    await flush();
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(plainWords.replace(/[.?]/g, "\\$&")))).toBeInTheDocument();
    expect(screen.getByText(`Details: ${failure.message}`)).toBeInTheDocument();
  });

  it("says plainly that sessions aren't available offline, and queries nothing", async () => {
    const platform = createMockPlatform();
    mountControl({ offline: true }, platform);
    await flush();
    expect(screen.getByText("Sessions aren't available while you're offline. They're listed again when you're back online.")).toBeInTheDocument();
    expect(platform.retrieveMultipleRecords).not.toHaveBeenCalled();
    expect(platform.retrieveAggregate).not.toHaveBeenCalled();
  });

  it("lists the sessions once the client is back online", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValueOnce(pageOf([sessionRow(1)]));
    const { update } = mountControl({ offline: true }, platform);
    await flush();
    update({ offline: false });
    await flush();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Session 1")).toBeInTheDocument();
  });

  it("tells an offline rejection from the platform as no connection", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce({ errorCode: 0x80040216, message: "UciError: This operation failed because you're offline." });
    mountControl({}, platform);
    await flush();
    expect(screen.getByText(/You're offline\. Reconnect, then try again\./)).toBeInTheDocument();
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
  });

  it("recovers on Retry", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockRejectedValueOnce({ errorCode: 0x80040216, message: "An unexpected error occurred." })
      .mockResolvedValueOnce(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await flush();
    expect(screen.queryByText("Sessions could not be loaded")).not.toBeInTheDocument();
    expect(screen.getByText("Session 1")).toBeInTheDocument();
    expect(platform.retrieveMultipleRecords.mock.calls[1]).toEqual(platform.retrieveMultipleRecords.mock.calls[0]);
  });

  it("keeps the rows when a refresh fails, and says so", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockResolvedValueOnce(pageOf([sessionRow(1)]))
      .mockRejectedValueOnce({ errorCode: 0x80040216, message: "An unexpected error occurred." });
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await flush();
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getByText("Session 1")).toBeInTheDocument();
  });
});
