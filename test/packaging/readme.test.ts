/** @jest-environment node */
import { readFileSync } from "fs";
import { join } from "path";
import { repositoryRoot } from "./helpers/projectCopy";

const readme = readFileSync(join(repositoryRoot, "README.md"), "utf8");
/** What a newcomer sees before scrolling: the title, the summary and the commands. */
const firstScreen = readme.split("\n").slice(0, 25).join("\n");

function commandsIn(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split("\n")).map((line) => line.replace(/#.*$/, "").trim()).filter(Boolean);
}

describe("the README", () => {
  it("gives the commands that set the control up, run it and test it on its first screen", () => {
    expect(commandsIn(firstScreen)).toEqual(expect.arrayContaining(["npm ci && npm start", "npm test"]));
  });

  it("is the test command CI runs: .ci/run ends with exactly the README's npm test", () => {
    const ciLines = readFileSync(join(repositoryRoot, ".ci", "run"), "utf8").split("\n").map((line) => line.trim()).filter(Boolean);
    expect(ciLines[ciLines.length - 1]).toBe("npm test");
    expect(commandsIn(firstScreen)).toContain(ciLines[ciLines.length - 1]);
  });

  it("names, on the first screen, the command that installs the Chromium the browser tests need", () => {
    expect(firstScreen).toContain("sudo apt-get install -y chromium");
  });

  it("stays short enough to read in a few minutes (at most about 12 KB)", () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThanOrEqual(12_500);
  });
});
