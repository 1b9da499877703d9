/** The subject search through the real PCF class: one query for what the agent means, never one for an old term. */
import { act, fireEvent, screen } from "@testing-library/react";
import { createMockPlatform } from "../fixtures/mockContext";
import { mountControl } from "../fixtures/mountControl";
import { pageOf, sessionRow } from "../fixtures/sessionRows";

async function advance(milliseconds: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(milliseconds);
  });
}

function type(text: string): void {
  fireEvent.change(screen.getByRole("searchbox", { name: "Search by subject" }), { target: { value: text } });
}

function searchesFor(platform: ReturnType<typeof createMockPlatform>, term: string): number {
  return platform.retrieveMultipleRecords.mock.calls.filter(([, options]) => options?.includes(`startswith(subject,'${term}')`)).length;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("searching by subject", () => {
  it("never queries the old term when the box is emptied and typed into again at once", async () => {
    const platform = createMockPlatform();
    platform.retrieveMultipleRecords.mockResolvedValue(pageOf([sessionRow(1)]));
    mountControl({}, platform);
    await advance(0);
    type("Refund");
    await advance(300);
    expect(searchesFor(platform, "Refund")).toBe(1);
    type("");
    await advance(0);
    expect(platform.retrieveMultipleRecords.mock.lastCall?.[1]).not.toContain("startswith");
    type("Card");
    await advance(100);
    type("Card lost");
    await advance(300);
    expect(searchesFor(platform, "Refund")).toBe(1);
    expect(searchesFor(platform, "Card")).toBe(0);
    expect(searchesFor(platform, "Card%20lost")).toBe(1);
    expect(platform.retrieveMultipleRecords).toHaveBeenCalledTimes(4);
  });
});
