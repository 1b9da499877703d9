/** SessionsPanel's render part takes a plain view model: what it shows follows from the object alone. */
import { createElement } from "react";
import { fireEvent, screen } from "@testing-library/react";
import { SessionsPanelView } from "../../src/ui/SessionsPanel";
import type { ListBodyView, RelatedSessionsView } from "../../src/ui/useRelatedSessions";
import { fakeFormatter } from "../fixtures/formatter";
import { session } from "../fixtures/sessions";
import { axeViolations, englishStrings, renderThemed } from "../fixtures/ui";

function view(overrides: Partial<RelatedSessionsView> = {}): RelatedSessionsView {
  return {
    strings: englishStrings,
    formatter: fakeFormatter(),
    header: { countText: "2 sessions", canRefresh: true, refreshing: false, onRefresh: jest.fn() },
    summary: null,
    history: null,
    filterBar: null,
    notices: [],
    body: {
      kind: "ready",
      retrying: false,
      refreshError: null,
      onRetry: jest.fn(),
      content: {
        kind: "rows",
        list: { label: "Sessions about Checking", sessions: [session(1), session(2)], hasMore: true, more: { status: "idle" }, visibleRows: 5, onOpen: jest.fn(), onOpenConversation: jest.fn(), onLoadMore: jest.fn() },
      },
    },
    ...overrides,
  };
}

describe("SessionsPanelView", () => {
  it("shows the header, the rows and Load more the view model holds, and nothing it does not", async () => {
    const { container } = renderThemed(<SessionsPanelView {...view()} />);
    expect(screen.getByText("2 sessions")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((item) => item.getAttribute("data-session-id"))).toEqual([session(1).id, session(2).id]);
    expect(screen.getByRole("button", { name: "Load more" })).toBeInTheDocument();
    expect(screen.queryByRole("search")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "New session" })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("calls the view model's callbacks", () => {
    const model = view({ header: { countText: null, canRefresh: true, refreshing: false, onRefresh: jest.fn(), newSession: { disabled: false, starting: false, onStart: jest.fn() } } });
    renderThemed(<SessionsPanelView {...model} />);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    fireEvent.click(screen.getByRole("button", { name: "New session" }));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(model.header.onRefresh).toHaveBeenCalledTimes(1);
    expect(model.header.newSession?.onStart).toHaveBeenCalledTimes(1);
    expect(model.body.kind === "ready" && model.body.content.kind === "rows" && model.body.content.list.onLoadMore).toHaveBeenCalledTimes(1);
  });

  it("shows the filter bar and the counts line when the view model has them", () => {
    renderThemed(
      <SessionsPanelView
        {...view({
          summary: { counts: { groups: [{ stateCode: 1, sessionState: null, channel: null, channelLabel: null, count: 3 }] } },
          filterBar: { channels: { options: [], selected: [], onChange: jest.fn() }, search: { value: "", onChange: jest.fn() } },
        })}
      />,
    );
    expect(screen.getByRole("search")).toBeInTheDocument();
    expect(screen.getByText("3 closed")).toBeInTheDocument();
  });

  it("shows a setting's notice and a failed action's error, which it dismisses through the view model", () => {
    const onDismiss = jest.fn();
    renderThemed(
      <SessionsPanelView
        {...view({
          notices: [
            { kind: "setting", id: "Settings_InvalidNavigationProperty", text: "The navigation property is not valid." },
            { kind: "failure", id: "open", titleKey: "Error_OpenTitle", error: { kind: "network", message: "" }, onDismiss },
          ],
        })}
      />,
    );
    expect(screen.getByText("The navigation property is not valid.")).toBeInTheDocument();
    expect(screen.getByText(englishStrings.get("Error_OpenTitle"))).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("names the session template a refused workspace session asked for, and dismisses it through the view model", () => {
    const onDismiss = jest.fn();
    renderThemed(<SessionsPanelView {...view({ notices: [{ kind: "workspaceTemplate", id: "workspace", templateName: "contoso_bankaccount_session", onDismiss }] })} />);
    expect(screen.getByText(englishStrings.get("Error_WorkspaceSessionTitle"))).toBeInTheDocument();
    expect(screen.getByText(/contoso_bankaccount_session/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it.each<[string, ListBodyView, string]>([
    ["unsaved", { kind: "unsaved" }, englishStrings.get("Unsaved_Message")],
    ["offline", { kind: "offline" }, englishStrings.get("Offline_Message")],
    ["empty", { kind: "ready", retrying: false, refreshError: null, onRetry: jest.fn(), content: { kind: "empty" } }, englishStrings.get("Empty_Title")],
    ["without matches", { kind: "ready", retrying: false, refreshError: null, onRetry: jest.fn(), content: { kind: "noMatches", onClearFilters: jest.fn() } }, englishStrings.get("NoMatches_Title")],
    ["retrying its first page", { kind: "loading", retrying: true }, englishStrings.get("Retrying_Message")],
  ])("tells a list that is %s", (_case, body, text) => {
    renderThemed(<SessionsPanelView {...view({ body })} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it("offers Retry on a failed list and calls the view model's retry", () => {
    const onRetry = jest.fn();
    renderThemed(<SessionsPanelView {...view({ body: { kind: "failed", error: { kind: "unavailable", message: "" }, onRetry } })} />);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
