import { describe, expect, it } from "vitest";
import { redactPayload } from "@/emails/registry";
import { renderEmail } from "@/lib/email/render";

const brand = {
  clinicName: "Clinique <i>Saint-Laurent</i>",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const data = {
  role: "staff" as const,
  setPasswordUrl: "https://portal.example.test/fr/reset-password/abcDEF123",
  expiresInHours: 72,
};

describe("staff welcome email", () => {
  it("says which account, links to choosing a password and says how long the link lasts, in the recipient's language", async () => {
    const fr = await renderEmail("staff-welcome", data, "fr", brand);
    expect(fr.subject).toBe("Votre compte du personnel sur le portail patient de la clinique");
    expect(fr.text).toContain(data.setPasswordUrl);
    expect(fr.text).toContain("compte du personnel");
    expect(fr.text).toContain("expire dans 72 heures");
    const en = await renderEmail("staff-welcome", { ...data, role: "admin" }, "en", brand);
    expect(en.text).toContain("an administrator account for you");
    expect(en.text).toContain("expires in 72 hours");
  });

  it("escapes markup in the clinic's name (IN-1)", async () => {
    const email = await renderEmail("staff-welcome", data, "en", brand);
    expect(email.html).not.toContain("<i>Saint-Laurent</i>");
    expect(email.html).toContain("&lt;i&gt;");
  });

  it("blanks the link once delivered", () => {
    expect(redactPayload("staff-welcome", data)).toEqual({ ...data, setPasswordUrl: "[redacted]" });
  });
});
