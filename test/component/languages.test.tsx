import { screen, within } from "@testing-library/react";
import { createMockPlatform } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";
import { ACCOUNT_NAME, sessionRow, sessionRows } from "../fixtures/sessionRows";

const FV = "@OData.Community.Display.V1.FormattedValue";

/** A row without the platform's formatted labels, so the control's own resx labels show. */
function unlabelledRow(index: number): Record<string, unknown> {
  return sessionRow(index, { [`statecode${FV}`]: undefined, [`msdyn_state${FV}`]: undefined, [`msdyn_channel${FV}`]: undefined });
}

function platformAnswering(rows: Record<string, unknown>[]) {
  const platform = createMockPlatform();
  platform.retrieveMultipleRecords.mockImplementationOnce(() => Promise.resolve({ entities: rows, nextLink: undefined as unknown as string }));
  return platform;
}

describe("the control in the user's language", () => {
  it("speaks German: title, list label, count, status, channel and timing from the German resx", async () => {
    mountControl({ languageId: 1031 }, platformAnswering([unlabelledRow(1), unlabelledRow(2)]));
    await flush();
    expect(screen.getByRole("heading", { name: "Sitzungen" })).toBeInTheDocument();
    expect(screen.getByText("2 Sitzungen")).toBeInTheDocument();
    const items = within(screen.getByRole("list", { name: `Sitzungen zu ${ACCOUNT_NAME}` })).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Abgeschlossen");
    expect(items[0]).toHaveTextContent("Livechat");
    expect(items[0]).toHaveTextContent("Dauer: 12 Min.");
    expect(screen.getByRole("button", { name: "Neue Sitzung" })).toBeInTheDocument();
  });

  it("counts one German session in the singular", async () => {
    mountControl({ languageId: 1031 }, platformAnswering([unlabelledRow(1)]));
    await flush();
    expect(screen.getByText("1 Sitzung")).toBeInTheDocument();
  });

  it.each([
    [1, "جلسة واحدة"],
    [2, "جلستان"],
    [3, "3 جلسات"],
    [11, "11 جلسة"],
  ])("counts %p Arabic sessions with the form Arabic uses for that number", async (count, text) => {
    mountControl({ languageId: 1025 }, platformAnswering(sessionRows(1, count)));
    await flush();
    expect(screen.getByRole("heading", { name: "الجلسات" })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it.each([
    [1041, "・"],
    [1025, "، "],
  ])("joins the parts of a row (channel and agent, start and length) with language %p's own separator", async (languageId, separator) => {
    mountControl({ languageId }, platformAnswering([unlabelledRow(1)]));
    await flush();
    const [item] = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(item.textContent).toContain(`${separator}Alex Wu`);
    expect(item.textContent?.split(separator).length).toBeGreaterThanOrEqual(3);
    expect(document.body.textContent).not.toContain("·");
  });

  it("lays out an Arabic user's control right to left without mixing style directions (no Fluent warning)", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const warnings = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      mountControl({ languageId: 1025, rightToLeft: true }, platformAnswering([unlabelledRow(1)]));
      await flush();
      expect(document.querySelector("[dir=rtl]")).not.toBeNull();
      const logged = [...errors.mock.calls, ...warnings.mock.calls].map((call) => call.map(String).join(" "));
      expect(logged.filter((message) => /different direction/.test(message))).toEqual([]);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });

  it("counts Japanese sessions with the one form Japanese has", async () => {
    mountControl({ languageId: 1041 }, platformAnswering(sessionRows(1, 1)));
    await flush();
    expect(screen.getByText("1 件のセッション")).toBeInTheDocument();
  });
});
