// Every page's <title> names the clinic, read from its settings through the
// clinic reader: "Page — Clinic name"; before the clinic is set up, the
// portal's name stands in. Outside a Next request next-intl's server
// functions have no request config: getTranslations is given the real
// translator of the messages.
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { createClinic } from "@/lib/demo/factories";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "en" | "fr"; namespace: "common" }) =>
    createTranslator({ locale, messages: locale === "fr" ? fr : en, namespace }),
}));

const { loadTitleMetadata } = await import("@/lib/clinic/metadata");

describe("the page title", () => {
  it("before the clinic exists: the portal's name", async () => {
    expect(await loadTitleMetadata("en")).toEqual({
      template: `%s — ${en.common.portalName}`,
      default: en.common.portalName,
    });
  });

  it("names the clinic after each page's own title, in both languages", async () => {
    await createClinic({ name: "Clinique Saint-Laurent" });
    expect(await loadTitleMetadata("en")).toEqual({
      template: "%s — Clinique Saint-Laurent",
      default: `${en.common.portalName} — Clinique Saint-Laurent`,
    });
    expect(await loadTitleMetadata("fr")).toEqual({
      template: "%s — Clinique Saint-Laurent",
      default: `${fr.common.portalName} — Clinique Saint-Laurent`,
    });
  });
});
