import { LOCALE_BY_LANGUAGE_ID } from "../../src/platform/locale";
import { languageOf } from "../../workbench/client/locale/languages";

describe("the workbench's languages", () => {
  it("give every language the control ships the same locale the control counts in, and only Arabic right to left", () => {
    const hosted = Object.keys(LOCALE_BY_LANGUAGE_ID).map(Number).map((languageId) => {
      const { locale, isRTL } = languageOf(languageId);
      return { languageId, locale, isRTL };
    });
    expect(hosted).toEqual(
      Object.entries(LOCALE_BY_LANGUAGE_ID).map(([languageId, locale]) => ({ languageId: Number(languageId), locale, isRTL: languageId === "1025" })),
    );
  });
});
