export type StringTable = ReadonlyMap<string, string>;

export function parseResx(xml: string): StringTable {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const strings = new Map<string, string>();
  for (const data of document.querySelectorAll("root > data")) {
    const name = data.getAttribute("name");
    const value = data.querySelector("value")?.textContent;
    if (name && value !== null && value !== undefined) strings.set(name, value);
  }
  return strings;
}

export async function fetchResx(resxPath: string): Promise<StringTable> {
  const url = `/controls/${resxPath}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseResx(await response.text());
}

/** context.resources: like the platform, a key missing from the resx comes back as the key itself. */
export function createResources(strings: StringTable): ComponentFramework.Resources {
  return {
    getString: (key) => strings.get(key) ?? key,
    getResource: (_id, _success, failure) => failure(),
  };
}
