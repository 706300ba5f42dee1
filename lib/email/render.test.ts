import { describe, expect, it } from "vitest";
import { redactPayload } from "@/emails/registry";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { InvalidEmailError, renderEmail } from "./render";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const activation = {
  name: "Zoé Tremblay",
  activationUrl: "https://portal.example.test/fr/activate?token=abc123",
  expiresInHours: 48,
};

describe("renderEmail", () => {
  it("renders the activation email in English", async () => {
    const email = await renderEmail("account-activation", activation, "en", brand);
    expect(email.subject).toBe("Activate your patient portal account");
    expect(email.html).toContain(`<html dir="ltr" lang="en">`);
    expect(email.html).toContain(`<title>Activate your patient portal account</title>`);
    expect(email.text).toContain("Hello Zoé Tremblay,");
    expect(email.text).toContain("This link expires in 48 hours");
    expect(email.text).toContain("If you did not ask for this account, ignore this email");
    expect(email.text).toContain(
      "automated message from the patient portal of Clinique Saint-Laurent",
    );
    expect(email.text).toContain("514-555-0100");
  });

  it("renders the subject and the body in French for a French recipient", async () => {
    const email = await renderEmail("account-activation", activation, "fr", brand);
    expect(email.subject).toBe("Activez votre compte du portail patient");
    expect(email.html).toContain(`<html dir="ltr" lang="fr">`);
    expect(email.text).toContain("Bonjour Zoé Tremblay,");
    expect(email.text).toContain("Activer mon compte");
    expect(email.text).toContain("Ce lien expire dans 48 heures");
    expect(email.text).toContain("Si vous n’avez pas demandé ce compte");
    expect(email.text).not.toContain("Hello");
  });

  it("puts the link in the plain-text version, as a bare address", async () => {
    const email = await renderEmail("account-activation", activation, "en", brand);
    expect(email.text).toContain(activation.activationUrl);
    expect(email.html).toContain(`href="https://portal.example.test/fr/activate?token=abc123"`);
  });

  it("escapes markup in names (IN-1)", async () => {
    const name = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const email = await renderEmail(
      "password-reset",
      { name, resetUrl: "https://portal.example.test/en/reset?token=t", expiresInMinutes: 60 },
      "en",
      brand,
    );
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    // The text version shows the name as typed (it is not HTML).
    expect(email.text).toContain(`Hello ${name},`);
  });

  it("escapes markup in the clinic name", async () => {
    const email = await renderEmail(
      "password-reset",
      { name: "Ann", resetUrl: "https://portal.example.test/r", expiresInMinutes: 30 },
      "en",
      {
        ...brand,
        clinicName: `<b onclick="x">Evil</b>`,
      },
    );
    expect(email.html).not.toContain(`<b onclick`);
    expect(email.html).toContain("&lt;b onclick=&quot;x&quot;&gt;Evil&lt;/b&gt;");
  });

  it.each(["en", "fr"] as const)("renders the password reset email (%s)", async (locale) => {
    const url = "https://portal.example.test/reset?token=xyz";
    const email = await renderEmail(
      "password-reset",
      { name: "Ann", resetUrl: url, expiresInMinutes: 60 },
      locale,
      brand,
    );
    expect(email.subject).toBe(
      locale === "en" ? en.emails.passwordReset.subject : fr.emails.passwordReset.subject,
    );
    expect(email.text).toContain(url);
    expect(email.text).toContain(
      locale === "en" ? "This link expires in 60 minutes" : "Ce lien expire dans 60 minutes",
    );
  });

  it.each(["en", "fr"] as const)(
    "renders the password changed notice with the time in the clinic's zone (%s)",
    async (locale) => {
      const email = await renderEmail(
        "password-changed",
        {
          name: "Ann",
          changedAt: "2026-03-15T18:30:00Z",
          resetUrl: "https://portal.example.test/forgot-password",
        },
        locale,
        brand,
      );
      expect(email.subject).toBe(
        locale === "en" ? en.emails.passwordChanged.subject : fr.emails.passwordChanged.subject,
      );
      // 18:30 UTC is 14:30 in Montréal (daylight time).
      expect(email.text).toContain(
        locale === "en"
          ? "changed on March 15, 2026 at 2:30 p.m."
          : "modifié le 15 mars 2026 à 14 h 30",
      );
      expect(email.text).toContain("https://portal.example.test/forgot-password");
    },
  );

  it("shows the clinic's logo at its absolute address, named by the clinic, and its colour on the button", async () => {
    const logoUrl = `https://portal.example.test/api/clinic/logo?v=${"a".repeat(64)}`;
    const email = await renderEmail("account-activation", activation, "fr", {
      ...brand,
      logoUrl,
      color: "#0f766e",
    });
    expect(email.html).toMatch(
      new RegExp(`<img alt="Clinique Saint-Laurent"[^>]* src="${logoUrl.replace(/[?]/g, "\\?")}"`),
    );
    expect(email.html).toContain("background-color:#0f766e");
    expect(email.html).not.toContain("#1d4ed8");
  });

  it("keeps the portal's blue and shows no image without a brand", async () => {
    const email = await renderEmail("account-activation", activation, "en", brand);
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("background-color:#1d4ed8");
  });

  it("falls back to a generic clinic name without a clinic", async () => {
    const email = await renderEmail(
      "password-reset",
      { name: "Ann", resetUrl: "https://portal.example.test/r", expiresInMinutes: 30 },
      "fr",
    );
    expect(email.text).toContain("portail patient de votre clinique");
  });

  it("refuses data that fails the template's schema, naming only the fields", async () => {
    const bad = [
      { ...activation, activationUrl: "javascript:alert(1)" },
      { ...activation, name: "Ann\r\nBcc: victim@example.test" },
      { ...activation, extra: "field" },
      { name: "Ann" },
    ];
    for (const data of bad) {
      const error = await renderEmail("account-activation", data as never, "en").catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidEmailError);
      expect((error as Error).message).not.toContain("alert");
      expect((error as Error).message).not.toContain("victim");
    }
  });

  it("refuses an unknown template", async () => {
    await expect(renderEmail("nope" as never, {} as never, "en")).rejects.toBeInstanceOf(
      InvalidEmailError,
    );
  });
});

describe("redactPayload", () => {
  it("blanks the fields that carry a token and keeps the others", () => {
    expect(redactPayload("account-activation", activation)).toEqual({
      ...activation,
      activationUrl: "[redacted]",
    });
    const changed = {
      name: "Ann",
      changedAt: "2026-03-15T18:30:00Z",
      resetUrl: "https://x.test/forgot",
    };
    expect(redactPayload("password-changed", changed)).toEqual(changed);
  });
});

describe("email and mailbox messages", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix.slice(0, -1)];

  it("have the same keys in English and French", () => {
    expect(keys(fr.emails)).toEqual(keys(en.emails));
    expect(keys(fr.mailbox)).toEqual(keys(en.mailbox));
  });
});
