import { changeAttribute } from "../../workbench/client/page/dom";

/** The mutation records an action makes on the element, as the bench's page probe and the browser see them. */
async function mutationsDuring(element: Element, action: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(element, { attributes: true });
  action();
  await Promise.resolve();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

describe("the host page's changeAttribute", () => {
  it("leaves an attribute that already has the value alone: no write, no mutation (a switch that keeps the language)", async () => {
    const section = document.createElement("section");
    section.setAttribute("lang", "en-US");
    section.setAttribute("dir", "ltr");
    const setAttribute = jest.spyOn(section, "setAttribute");

    const records = await mutationsDuring(section, () => {
      expect(changeAttribute(section, "lang", "en-US")).toBe(false);
      expect(changeAttribute(section, "dir", "ltr")).toBe(false);
    });

    expect(records).toEqual([]);
    expect(setAttribute).not.toHaveBeenCalled();
    expect(section.getAttribute("lang")).toBe("en-US");
    expect(section.getAttribute("dir")).toBe("ltr");
  });

  it("writes a value that differs, once", async () => {
    const section = document.createElement("section");
    section.setAttribute("lang", "en-US");
    section.setAttribute("dir", "ltr");

    const records = await mutationsDuring(section, () => {
      expect(changeAttribute(section, "lang", "ar-SA")).toBe(true);
      expect(changeAttribute(section, "dir", "rtl")).toBe(true);
    });

    expect(records.map((record) => record.attributeName)).toEqual(["lang", "dir"]);
    expect(section.getAttribute("lang")).toBe("ar-SA");
    expect(section.getAttribute("dir")).toBe("rtl");
  });

  it("adds an attribute the element does not have, even with an empty value", () => {
    const section = document.createElement("section");

    expect(changeAttribute(section, "lang", "")).toBe(true);
    expect(section.hasAttribute("lang")).toBe(true);
    expect(changeAttribute(section, "lang", "")).toBe(false);
  });
});
