import { createElement } from "react";
import { screen } from "@testing-library/react";
import { LoadingState } from "../../src/ui/feedback/LoadingState";
import { SessionListView } from "../../src/ui/list/SessionListView";
import { fakeFormatter } from "../fixtures/formatter";
import { session } from "../fixtures/sessions";
import { englishStrings, renderThemed } from "../fixtures/ui";

/** The selectors of every style rule in the document. */
function insertedSelectors(): string {
  return Array.from(document.querySelectorAll("style"), (style) => Array.from(style.sheet?.cssRules ?? [], (rule) => rule.cssText).join("\n")).join("\n");
}

describe("the loading state", () => {
  it("puts the rows', the status badge's and the conversation action's style rules in the page before the first rows arrive", () => {
    renderThemed(<LoadingState label="Loading sessions" />);
    const beforeRows = insertedSelectors();
    renderThemed(
      <SessionListView
        label="Sessions"
        sessions={[session(1, { subject: "Card blocked", conversationId: "0f8fad5b-d9cb-469f-a165-70867728950e" })]}
        hasMore={false}
        more={{ status: "idle" }}
        visibleRows={8}
        strings={englishStrings}
        formatter={fakeFormatter()}
        onOpen={jest.fn()}
        onOpenConversation={jest.fn()}
        onLoadMore={jest.fn()}
      />,
    );
    const button = screen.getByRole("button", { name: /^Card blocked/ });
    const badge = button.querySelector("[data-tone]");
    expect(badge).not.toBeNull();
    // Griffel's atomic classes, each one rule; mergeClasses' "___…" names only mark a merge and have no rule.
    const action = screen.getByRole("button", { name: englishStrings.get("Action_OpenConversation") });
    const classes = [...Array.from(button.classList), ...Array.from(badge?.classList ?? []), ...Array.from(action.classList)].filter((name) => !name.startsWith("___"));
    expect(classes.length).toBeGreaterThan(4);
    expect(classes.filter((name) => !beforeRows.includes(`.${name}`))).toEqual([]);
  });
});
