import { nextIndex } from "../../src/ui/arrowKeys";

const nextFocusIndex = (key: string, current: number, count: number) => nextIndex(key, current, count, "list");

describe("arrow keys in a list (the session rows)", () => {
  it.each([
    ["ArrowDown", 0, 1],
    ["ArrowDown", 4, 4],
    ["ArrowUp", 3, 2],
    ["ArrowUp", 0, 0],
    ["Home", 3, 0],
    ["End", 1, 4],
  ])("moves %s from %p to %p in a list of five", (key, current, next) => {
    expect(nextFocusIndex(key, current, 5)).toBe(next);
  });

  it.each(["Tab", "Enter", " ", "ArrowLeft", "a"])("leaves %p to the browser", (key) => {
    expect(nextFocusIndex(key, 2, 5)).toBeNull();
  });

  it("does nothing in an empty list", () => {
    expect(nextFocusIndex("ArrowDown", 0, 0)).toBeNull();
  });
});
