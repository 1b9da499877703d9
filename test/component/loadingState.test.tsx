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
  it("puts the list's, the rows', the status badge's and the conversation action's style rules in the page before the first rows arrive", () => {
    renderThemed(<LoadingState label="Loading sessions" formatter={fakeFormatter()} />);
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
    const row = screen.getByRole("listitem");
    expect(row.querySelector("[data-tone]")).not.toBeNull();
    expect(screen.getByRole("button", { name: englishStrings.get("Action_OpenConversation") })).toBeInTheDocument();
    // One class per element of a row (makeResetStyles), each a rule inserted while the rows were loading.
    const elements = [row, ...Array.from(row.querySelectorAll("*"))];
    const classes = elements.flatMap((element) => Array.from(element.classList));
    expect(elements.filter((element) => element.classList.length > 1)).toEqual([]);
    expect(classes.length).toBeGreaterThan(5);
    expect(classes.filter((name) => !beforeRows.includes(`.${name}`))).toEqual([]);
    // The list's own elements too (its scroller and its blocks): a rule inserted with the rows would make the browser
    // rebuild its style sheet in the rows' frame.
    const scroller = screen.getByRole("list").parentElement as HTMLElement;
    // Griffel's "___…" class names a makeStyles slot for mergeClasses; no rule uses it.
    const listClasses = [scroller, ...Array.from(scroller.querySelectorAll("*"))]
      .flatMap((element) => Array.from(element.classList))
      .filter((name) => !name.startsWith("___"));
    expect(listClasses.length).toBeGreaterThan(classes.length);
    expect(listClasses.filter((name) => !beforeRows.includes(`.${name}`))).toEqual([]);
  });

  it("formats a start time as a row does while the first page is on its way, so the rows do not pay the first use", () => {
    const time = jest.fn(() => "2:05 PM");
    const relative = jest.fn(() => "now");
    renderThemed(<LoadingState label="Loading sessions" formatter={fakeFormatter({ time, relative })} />);
    expect(time).toHaveBeenCalledTimes(1);
    expect(relative).toHaveBeenCalledTimes(1);
    const [started] = time.mock.calls[0] as unknown as [Date];
    expect(relative).toHaveBeenCalledWith(started, started);
  });
});
