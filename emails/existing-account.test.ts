import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const base = {
  name: "Zoé <b>Tremblay</b>",
  loginUrl: "https://portal.example.test/fr/login",
  forgotPasswordUrl: "https://portal.example.test/fr/forgot-password",
};

describe("existing-account email (AU-6)", () => {
  it("tells the owner of an active account to log in, in their language, escaping the name", async () => {
    const email = await renderEmail("existing-account", base, "fr", brand);
    expect(email.subject).toBe("Quelqu’un a tenté de s’inscrire avec votre adresse courriel");
    expect(email.text).toContain("Aucun deuxième compte n’a été créé");
    expect(email.text).toContain(base.forgotPasswordUrl);
    expect(email.html).not.toContain("<b>Tremblay</b>");
  });
  it("offers a new activation link to a pending account", async () => {
    const email = await renderEmail(
      "existing-account",
      { ...base, activateUrl: "https://portal.example.test/en/activate" },
      "en",
      brand,
    );
    expect(email.subject).toBe("Someone tried to register with your email address");
    expect(email.text).toContain("Get a new activation link");
    expect(email.text).toContain("https://portal.example.test/en/activate");
  });
});
