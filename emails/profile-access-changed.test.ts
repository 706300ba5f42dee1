import { describe, expect, it } from "vitest";
import { profileAccessChangedSchema } from "@/emails/profile-access-changed";
import { renderEmail } from "@/lib/email/render";

const brand = { clinicName: "Clinique Saint-Laurent", timeZone: "America/Toronto" };
const data = {
  change: "attached" as const,
  recipient: "holder" as const,
  personName: "Léa",
  holderName: "Marc Tremblay",
  tabs: ["appointments" as const, "documents" as const],
  dashboardUrl: "https://portal.example.test/fr/dashboard",
};

describe("profile access changed email", () => {
  it("tells the person whose profile it is who was given access, in their language", async () => {
    const fr = await renderEmail(
      "profile-access-changed",
      { ...data, recipient: "person" },
      "fr",
      brand,
    );
    expect(fr.subject).toBe("Un compte a reçu l’accès à votre profil — Clinique Saint-Laurent");
    expect(fr.text).toContain(
      "Clinique Saint-Laurent a donné au compte du portail de Marc Tremblay l’accès à votre profil.",
    );
    expect(fr.text).toContain("L’accès comprend maintenant\u00a0: rendez-vous et documents.");
    expect(fr.html).toContain('href="https://portal.example.test/fr/dashboard"');
  });

  it("says to the holder that the access ended, without listing tabs", async () => {
    const en = await renderEmail(
      "profile-access-changed",
      {
        ...data,
        change: "revoked",
        tabs: [],
        dashboardUrl: "https://portal.example.test/en/dashboard",
      },
      "en",
      brand,
    );
    expect(en.subject).toBe("Your access to a profile ended — Clinique Saint-Laurent");
    expect(en.text).toContain(
      "Clinique Saint-Laurent removed Léa’s profile from your portal account.",
    );
    expect(en.text).toContain("That account no longer sees any part of the profile.");
  });

  it("has no room for anything of the profile's content", () => {
    const leaky = { ...data, diagnosis: "Asthma", note: "Follow-up" };
    expect(profileAccessChangedSchema.safeParse(leaky).success).toBe(false);
  });

  it("escapes markup in the names (IN-1)", async () => {
    const email = await renderEmail(
      "profile-access-changed",
      { ...data, personName: "<b>Léa</b>" },
      "en",
      brand,
    );
    expect(email.html).not.toContain("<b>Léa</b>");
    expect(email.html).toContain("&lt;b&gt;");
  });
});
