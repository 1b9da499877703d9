/** @jest-environment node */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { repositoryRoot } from "./helpers/projectCopy";
import type { XmlObject } from "./helpers/solutionZip";
import { at, parseXmlObject } from "./helpers/solutionZip";

// dotnet cannot run here, so these check the parts of the pac templates that `dotnet build` depends on.
const cdsprojPath = join(repositoryRoot, "Solution", "RelatedSessions.cdsproj");
const pcfprojPath = join(repositoryRoot, "RelatedSessions.pcfproj");

function readProject(path: string): XmlObject {
  return at(parseXmlObject(readFileSync(path, "utf8")), "Project") as XmlObject;
}

function listOf(value: unknown): XmlObject[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlObject[];
}

function items(project: XmlObject, itemType: string): XmlObject[] {
  return listOf(project.ItemGroup).flatMap((group) => listOf(group[itemType]));
}

function importedProjects(project: XmlObject): string[] {
  return listOf(project.Import).map((entry) => String(entry["@_Project"]));
}

function fromWindowsPath(path: string): string {
  return path.split("\\").join("/");
}

describe("Solution/RelatedSessions.cdsproj", () => {
  const project = readProject(cdsprojPath);

  it("imports the Power Apps solution props and targets and references the MSBuild solution package", () => {
    const imports = importedProjects(project);
    expect(imports).toContain("$(PowerAppsTargetsPath)\\Microsoft.PowerApps.VisualStudio.Solution.props");
    expect(imports).toContain("$(PowerAppsTargetsPath)\\Microsoft.PowerApps.VisualStudio.Solution.targets");
    expect(items(project, "PackageReference").map((reference) => reference["@_Include"])).toContain("Microsoft.PowerApps.MSBuild.Solution");
  });

  it("references the control's pcfproj, which exists", () => {
    const references = items(project, "ProjectReference").map((reference) => fromWindowsPath(String(reference["@_Include"])));
    expect(references).toEqual(["../RelatedSessions.pcfproj"]);
    expect(existsSync(join(dirname(cdsprojPath), references[0]))).toBe(true);
  });

  it("keeps the solution sources where its SolutionRootPath says", () => {
    const rootPath = listOf(project.PropertyGroup).map((group) => group.SolutionRootPath).find(Boolean);
    expect(existsSync(join(dirname(cdsprojPath), String(rootPath), "Other", "Solution.xml"))).toBe(true);
  });
});

describe("RelatedSessions.pcfproj", () => {
  const project = readProject(pcfprojPath);

  it("imports the Power Apps PCF props and targets and references the MSBuild PCF package", () => {
    const imports = importedProjects(project);
    expect(imports).toContain("$(PowerAppsTargetsPath)\\Microsoft.PowerApps.VisualStudio.Pcf.props");
    expect(imports).toContain("$(PowerAppsTargetsPath)\\Microsoft.PowerApps.VisualStudio.Pcf.targets");
    expect(items(project, "PackageReference").map((reference) => reference["@_Include"])).toContain("Microsoft.PowerApps.MSBuild.Pcf");
  });

  it("builds into out/controls, where npm run build puts the control", () => {
    const outputPath = listOf(project.PropertyGroup).map((group) => group.OutputPath).find(Boolean);
    expect(fromWindowsPath(String(outputPath))).toBe("$(MSBuildThisFileDirectory)out/controls");
  });

  it("keeps dependencies, build output, tests, tooling and the solution out of the control's items", () => {
    const excluded = items(project, "ExcludeDirectories").map((entry) => fromWindowsPath(String(entry["@_Include"])));
    for (const folder of ["node_modules", "out", "generated", "test", "workbench", "docs", "scripts", "Solution"]) {
      expect(excluded).toContain(`$(MSBuildThisFileDirectory)/${folder}/**`);
    }
  });
});
