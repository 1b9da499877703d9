/** @jest-environment node */
import { execFileSync } from "child_process";
import { loadResx } from "../fixtures/resx";
import { repositoryRoot } from "./helpers/projectCopy";

/** What scripts/lib/stringKeys.mjs writes to generated/StringKeys.d.ts for the English resx (run as Node does). */
function generatedDeclaration(): string {
  const script = [
    'import { readFileSync } from "node:fs";',
    'import { ENGLISH_RESX, resxKeys, stringKeysDeclaration } from "./scripts/lib/stringKeys.mjs";',
    'process.stdout.write(stringKeysDeclaration(resxKeys(readFileSync(ENGLISH_RESX, "utf8"))));',
  ].join("\n");
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repositoryRoot, encoding: "utf8" });
}

function unionMembers(declaration: string, typeName: string): string[] {
  const body = new RegExp(`export type ${typeName} =([^;]*);`).exec(declaration)?.[1] ?? "";
  return [...body.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

describe("the generated StringKey type", () => {
  const declaration = generatedDeclaration();
  const englishKeys = [...loadResx("RelatedSessions.1033.resx").strings.keys()];

  it("names every key of the English resx, and nothing else", () => {
    expect(unionMembers(declaration, "StringKey").sort()).toEqual([...englishKeys].sort());
  });

  it("names each plural string once, without its category", () => {
    const plurals = unionMembers(declaration, "PluralStringKey");
    expect(plurals).toContain("Header_Count");
    for (const key of plurals) expect(englishKeys).toContain(`${key}_other`);
    expect(new Set(plurals).size).toBe(plurals.length);
  });
});
