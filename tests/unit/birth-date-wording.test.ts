// French agrees "né" with the person: "Née le" for a woman, "Né le" for a man,
// and a neutral "Date de naissance" when the clinic recorded another sex or
// none, never the bracketed "Né(e)".
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const translator = (locale: "en" | "fr") =>
  createTranslator({
    locale,
    messages: locale === "fr" ? fr : en,
    onError: (error) => {
      throw error;
    },
  });

describe("a birth date's wording", () => {
  const date = "1er mars 2015";

  it("agrees with the profile's sex in French, and is neutral when it is unknown", () => {
    const t = translator("fr");
    expect(t("portal.bornOn", { sex: "female", date })).toBe(`Née le ${date}`);
    expect(t("portal.bornOn", { sex: "male", date })).toBe(`Né le ${date}`);
    expect(t("portal.bornOn", { sex: "unknown", date })).toBe(`Date de naissance\u00a0: ${date}`);
    expect(t("portal.bornOn", { sex: "other", date })).toBe(`Date de naissance\u00a0: ${date}`);
    expect(t("adminBook.booking.born", { sex: "female", date })).toBe(`née le ${date}`);
    expect(t("adminBook.booking.born", { sex: "unknown", date })).not.toContain("(e)");
  });

  it("needs no agreement in English", () => {
    const t = translator("en");
    expect(t("portal.bornOn", { sex: "female", date: "March 1, 2015" })).toBe("Born March 1, 2015");
  });
});
