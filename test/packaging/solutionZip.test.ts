/** @jest-environment node */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import type { ProjectCopy } from "./helpers/projectCopy";
import { makeProjectCopy, repositoryRoot, requireProductionBuild } from "./helpers/projectCopy";
import type { PackedSolution, XmlObject } from "./helpers/solutionZip";
import { arrayAt, at, packSolution, parseXmlObject } from "./helpers/solutionZip";

const controlFolder = "Controls/rsess_RelatedSessions.RelatedSessions";
const fixedEntries = ["[Content_Types].xml", "solution.xml", "customizations.xml"];

let outDir: string;
let unmanaged: PackedSolution;
let managed: PackedSolution;

beforeAll(async () => {
  requireProductionBuild();
  outDir = mkdtempSync(join(tmpdir(), "related-sessions-pack-"));
  unmanaged = await packSolution(repositoryRoot, outDir);
  managed = await packSolution(repositoryRoot, outDir, ["--managed"]);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function extensionOf(entryName: string): string {
  return entryName.slice(entryName.lastIndexOf(".") + 1).toLowerCase();
}

/** Every file below a folder, as forward-slash paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

async function solutionManifest(packed: PackedSolution): Promise<XmlObject> {
  return at(parseXmlObject(await packed.text("solution.xml")), "ImportExportXml", "SolutionManifest") as XmlObject;
}

async function builtControlManifest(packed: PackedSolution): Promise<XmlObject> {
  return at(parseXmlObject(await packed.text(`${controlFolder}/ControlManifest.xml`)), "manifest", "control") as XmlObject;
}

describe("the solution zip's layout", () => {
  it("is named <UniqueName>_<version with underscores>.zip, with _managed for the managed flavour", () => {
    expect(readdirSync(outDir).sort()).toEqual(["RelatedSessions_1_0_0_0.zip", "RelatedSessions_1_0_0_0_managed.zip"].sort());
  });

  it("holds the fixed files and the control's manifest, bundle and strings in all six languages", () => {
    expect(unmanaged.entryNames).toEqual(
      expect.arrayContaining([
        ...fixedEntries,
        `${controlFolder}/ControlManifest.xml`,
        `${controlFolder}/bundle.js`,
        ...[1033, 1025, 1031, 1036, 1041, 3082].map((languageId) => `${controlFolder}/strings/RelatedSessions.${languageId}.resx`),
      ]),
    );
  });

  it("uses forward slashes, no folder entries and lower-case names for solution.xml and customizations.xml", () => {
    for (const name of unmanaged.entryNames) {
      expect(name).not.toContain("\\");
      expect(name).not.toMatch(/^\//);
    }
    expect(Object.values(unmanaged.zip.files).filter((entry) => entry.dir)).toEqual([]);
    const rootFiles = unmanaged.entryNames.filter((name) => !name.includes("/"));
    expect(rootFiles.sort()).toEqual([...fixedEntries].sort());
  });

  it("puts nothing outside the fixed files and the control folder", () => {
    const stray = unmanaged.entryNames.filter((name) => !fixedEntries.includes(name) && !name.startsWith(`${controlFolder}/`));
    expect(stray).toEqual([]);
  });
});

describe("solution.xml", () => {
  it("carries the ImportExportXml attributes Dataverse checks", async () => {
    const root = at(parseXmlObject(await unmanaged.text("solution.xml")), "ImportExportXml") as XmlObject;
    expect(root).toMatchObject({ "@_version": expect.stringMatching(/^9\./), "@_SolutionPackageVersion": "9.1", "@_languagecode": "1033" });
  });

  it("names the solution, describes it and gives it an a.b.c.d version", async () => {
    const manifest = await solutionManifest(unmanaged);
    expect(at(manifest, "UniqueName")).toBe("RelatedSessions");
    expect(arrayAt(manifest, "LocalizedNames", "LocalizedName")).toContainEqual({ "@_description": "Related Sessions", "@_languagecode": "1033" });
    expect(arrayAt(manifest, "Descriptions", "Description")[0]).toMatchObject({ "@_languagecode": "1033", "@_description": expect.stringMatching(/\S/) });
    expect(at(manifest, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("names the publisher with its prefix and option value prefix", async () => {
    const publisher = at(await solutionManifest(unmanaged), "Publisher") as XmlObject;
    expect(publisher).toMatchObject({ UniqueName: "relatedsessions", CustomizationPrefix: "rsess", CustomizationOptionValuePrefix: "46213" });
    expect(arrayAt(publisher, "LocalizedNames", "LocalizedName")).toContainEqual({ "@_description": "Related Sessions", "@_languagecode": "1033" });
    expect(at(publisher, "Addresses")).toBeTruthy();
  });

  it("has the control folder in the zip as its custom control root component (type 66) and no missing dependencies", async () => {
    const manifest = await solutionManifest(unmanaged);
    const rootComponents = arrayAt(manifest, "RootComponents", "RootComponent");
    expect(rootComponents).toEqual([{ "@_type": "66", "@_schemaName": "rsess_RelatedSessions.RelatedSessions", "@_behavior": "0" }]);
    const folder = `Controls/${rootComponents[0]["@_schemaName"]}/`;
    expect(unmanaged.entryNames.some((name) => name.startsWith(folder))).toBe(true);
    expect(at(manifest, "MissingDependencies")).toBe("");
  });

  it("is unmanaged (0) in the default zip and managed (1) in the --managed zip", async () => {
    expect(at(await solutionManifest(unmanaged), "Managed")).toBe("0");
    expect(at(await solutionManifest(managed), "Managed")).toBe("1");
    expect(unmanaged.zipPath).not.toMatch(/_managed\.zip$/);
    expect(managed.zipPath).toMatch(/_managed\.zip$/);
  });
});

describe("customizations.xml", () => {
  it("declares the control with child elements whose FileName is the manifest entry in the zip", async () => {
    const root = at(parseXmlObject(await unmanaged.text("customizations.xml")), "ImportExportXml") as XmlObject;
    const controls = arrayAt(root, "CustomControls", "CustomControl");
    expect(controls).toEqual([
      { Name: "rsess_RelatedSessions.RelatedSessions", FileName: `/${controlFolder}/ControlManifest.xml` },
    ]);
    expect(unmanaged.entryNames).toContain(String(controls[0].FileName).replace(/^\//, ""));
  });

  it("keeps the empty sections of an exported solution and lists only the solution's base language, not the resx languages", async () => {
    const root = at(parseXmlObject(await unmanaged.text("customizations.xml")), "ImportExportXml") as XmlObject;
    for (const section of ["Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets", "EntityDataProviders"]) {
      expect(root).toHaveProperty([section]);
    }
    expect(at(root, "Languages", "Language")).toEqual(["1033"]);
  });
});

describe("[Content_Types].xml", () => {
  async function contentTypes(): Promise<XmlObject> {
    return at(parseXmlObject(await unmanaged.text("[Content_Types].xml")), "Types") as XmlObject;
  }

  it("has a Default content type for every file extension in the zip", async () => {
    const types = arrayAt(await contentTypes(), "Default");
    const declared = types.map((type) => String(type["@_Extension"]).toLowerCase());
    const present = new Set(unmanaged.entryNames.map(extensionOf));
    expect(declared).toEqual(expect.arrayContaining([...present]));
    expect(types.every((type) => typeof type["@_ContentType"] === "string" && type["@_ContentType"] !== "")).toBe(true);
  });

  // What MSBuild's packager writes, read from pac-built zips (see scripts/lib/contentTypes.mjs for the sources).
  it("declares each extension once, in the order the entries first use it: xml as text/xml, every other one as application/octet-stream", async () => {
    const firstUse = [...new Set(unmanaged.entryNames.map(extensionOf))];
    const expected = firstUse.map((extension) => ({ "@_Extension": extension, "@_ContentType": extension === "xml" ? "text/xml" : "application/octet-stream" }));
    expect(arrayAt(await contentTypes(), "Default")).toEqual(expected);
  });

  it("overrides the control's ControlManifest.xml to application/octet-stream, as MSBuild does", async () => {
    expect(arrayAt(await contentTypes(), "Override")).toEqual([
      { "@_PartName": `/${controlFolder}/ControlManifest.xml`, "@_ContentType": "application/octet-stream" },
    ]);
  });
});

describe("parity with the zip pac/MSBuild write", () => {
  it("writes customizations.xml, solution.xml, the control manifest, the control's other files in ordinal order, and [Content_Types].xml last", () => {
    const controlFiles = unmanaged.entryNames.filter((name) => name.startsWith(`${controlFolder}/`) && name !== `${controlFolder}/ControlManifest.xml`);
    const ordinal = [...controlFiles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(unmanaged.entryNames).toEqual(["customizations.xml", "solution.xml", `${controlFolder}/ControlManifest.xml`, ...ordinal, "[Content_Types].xml"]);
    expect(managed.entryNames).toEqual(unmanaged.entryNames);
  });

  it.each(fixedEntries)("starts %s with a UTF-8 byte order mark", async (entryName) => {
    expect([...(await unmanaged.bytes(entryName)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("packs every file the production build wrote to out/controls, byte for byte", async () => {
    const builtFiles = filesUnder(join(repositoryRoot, "out", "controls"));
    const packedFiles = unmanaged.entryNames.filter((name) => name.startsWith(`${controlFolder}/`)).map((name) => name.slice(controlFolder.length + 1));
    expect(packedFiles.sort()).toEqual(builtFiles.sort());
    for (const file of builtFiles) {
      expect((await unmanaged.bytes(`${controlFolder}/${file}`)).equals(readFileSync(join(repositoryRoot, "out", "controls", file)))).toBe(true);
    }
  });
});

describe("the control's own build, whose bundle carries no license", () => {
  it("packs no license file and declares no txt content type", async () => {
    expect(filesUnder(join(repositoryRoot, "out", "controls"))).not.toContain("bundle.js.LICENSE.txt");
    expect(unmanaged.entryNames.filter((name) => name.endsWith(".txt"))).toEqual([]);
    const declared = arrayAt(at(parseXmlObject(await unmanaged.text("[Content_Types].xml")), "Types"), "Default").map((type) => type["@_Extension"]);
    expect(declared).toEqual(["xml", "js", "resx"]);
  });
});

describe("a build whose bundle carries a license (webpack wrote bundle.js.LICENSE.txt beside it)", () => {
  const licenseText = "/*! @license A bundled dependency's license */";
  let copy: ProjectCopy;
  let packed: PackedSolution;

  beforeAll(async () => {
    copy = makeProjectCopy();
    writeFileSync(copy.path(join("out", "controls", "bundle.js.LICENSE.txt")), licenseText);
    packed = await packSolution(copy.root, copy.path("zips"));
  }, 60_000);

  afterAll(() => copy?.remove());

  it("packs the license file beside the bundle and declares the txt content type after js", async () => {
    expect(await packed.text(`${controlFolder}/bundle.js.LICENSE.txt`)).toBe(licenseText);
    const declared = arrayAt(at(parseXmlObject(await packed.text("[Content_Types].xml")), "Types"), "Default").map((type) => type["@_Extension"]);
    expect(declared).toEqual(["xml", "js", "txt", "resx"]);
  });
});

describe("the control in the zip", () => {
  it("lists every resx in its manifest and ships each one", async () => {
    const resxPaths = arrayAt(await builtControlManifest(unmanaged), "resources", "resx").map((resx) => String(resx["@_path"]));
    expect(resxPaths.length).toBeGreaterThan(0);
    for (const path of resxPaths) expect(unmanaged.entryNames).toContain(`${controlFolder}/${path}`);
    const shippedResx = unmanaged.entryNames.filter((name) => name.endsWith(".resx")).map((name) => name.slice(controlFolder.length + 1));
    expect(shippedResx.sort()).toEqual([...resxPaths].sort());
  });

  it("ships the code file its manifest names and the same control version as the source manifest", async () => {
    const control = await builtControlManifest(unmanaged);
    const code = arrayAt(control, "resources", "code")[0];
    expect(unmanaged.entryNames).toContain(`${controlFolder}/${code["@_path"]}`);
    const sourceText = readFileSync(join(repositoryRoot, "ControlManifest.Input.xml"), "utf8");
    const source = at(parseXmlObject(sourceText), "manifest", "control") as XmlObject;
    expect(control["@_version"]).toBe(source["@_version"]);
  });
});
