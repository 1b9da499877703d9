import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { sessionRow } from "../fixtures/sessionRows";

describe("when the sessions cannot be loaded", () => {
  it.each([
    [{ errorCode: 0x80040220, message: "Principal user is missing prvReadmsdyn_ocsession privilege" }, "You don't have permission to do this."],
    [{ errorCode: 0x80072322, message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds." }, "The server is busy right now."],
    [{ errorCode: 0x80040217, message: "msdyn_ocsession With Id = x Does Not Exist" }, "The record or session no longer exists."],
    [{ errorCode: 0x80040216, message: "An unexpected error occurred." }, "Something went wrong."],
    [new TypeError("Failed to fetch"), "The server could not be reached."],
  ])("explains %p in plain words with the platform's message", async (failure, plainWords) => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce(failure);
    mountControl({}, platform);
    await flush();
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(plainWords.replace(/[.?]/g, "\\$&")))).toBeInTheDocument();
    expect(screen.getByText(`Details: ${failure.message}`)).toBeInTheDocument();
  });

  it("says the agent is offline when the client is", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockRejectedValueOnce({ errorCode: 0x80040216, message: "" });
    mountControl({ offline: true }, platform);
    await flush();
    expect(screen.getByText(/You're offline/)).toBeInTheDocument();
  });

  it("recovers on Retry", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords
      .mockRejectedValueOnce({ errorCode: 0x80040216, message: "An unexpected error occurred." })
      .mockResolvedValueOnce({ entities: [sessionRow(1)], nextLink: undefined as unknown as string });
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
      .mockResolvedValueOnce({ entities: [sessionRow(1)], nextLink: undefined as unknown as string })
      .mockRejectedValueOnce(new TypeError("Failed to fetch"));
    mountControl({}, platform);
    await flush();
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await flush();
    expect(screen.getByText("Sessions could not be loaded")).toBeInTheDocument();
    expect(screen.getByText("Session 1")).toBeInTheDocument();
  });
});
