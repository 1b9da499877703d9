/** The parts of out/controls/ControlManifest.xml the host needs, read at runtime so defaults stay in one place. */
export interface ManifestEnumValue {
  value: string;
  displayNameKey: string;
}

export interface ManifestProperty {
  name: string;
  usage: string;
  ofType: string;
  displayNameKey: string;
  defaultValue: string | undefined;
  enumValues: ManifestEnumValue[];
}

export interface ControlManifest {
  controlName: string;
  properties: ManifestProperty[];
  resxPaths: string[];
}

export const MANIFEST_URL = "/controls/ControlManifest.xml";

function readProperty(element: Element, document: Document): ManifestProperty {
  const typeGroup = element.getAttribute("of-type-group");
  const firstTypeOfGroup = typeGroup
    ? document.querySelector(`type-group[name="${typeGroup}"] > type`)?.textContent?.trim()
    : undefined;
  return {
    name: element.getAttribute("name") ?? "",
    usage: element.getAttribute("usage") ?? "input",
    ofType: element.getAttribute("of-type") ?? firstTypeOfGroup ?? "SingleLine.Text",
    displayNameKey: element.getAttribute("display-name-key") ?? "",
    defaultValue: element.getAttribute("default-value") ?? undefined,
    enumValues: [...element.querySelectorAll("value")].map((value) => ({
      value: value.textContent?.trim() ?? "",
      displayNameKey: value.getAttribute("display-name-key") ?? "",
    })),
  };
}

export function parseManifest(xml: string): ControlManifest {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const control = document.querySelector("manifest > control");
  if (!control) throw new Error("ControlManifest.xml has no <control>");
  return {
    controlName: `${control.getAttribute("namespace")}.${control.getAttribute("constructor")}`,
    properties: [...control.querySelectorAll(":scope > property")].map((property) => readProperty(property, document)),
    resxPaths: [...control.querySelectorAll("resources > resx")].map((resx) => resx.getAttribute("path") ?? ""),
  };
}

export async function fetchManifest(): Promise<ControlManifest> {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) throw new Error(`${MANIFEST_URL}: HTTP ${response.status}`);
  return parseManifest(await response.text());
}

/** The LCID of a resx path such as strings/RelatedSessions.1033.resx. */
export function languageIdOfResx(path: string): number | undefined {
  const match = /\.(\d+)\.resx$/i.exec(path);
  return match ? Number(match[1]) : undefined;
}
