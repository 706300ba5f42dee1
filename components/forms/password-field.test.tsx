// The password-policy error must not send the reader the wrong way: the rules
// checklist is the field's hint, between its label and the input, and the
// error is under the input. A direction in the message must match that.
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { PasswordField } from "./password-field";

afterEach(cleanup);

const catalogues = { en, fr } as const;
/** Words that point below the error (where the rules are not), per language. */
const pointsDown = { en: /\bbelow\b|\bunder\b/i, fr: /ci-dessous|plus bas|en dessous/i };

describe("PasswordField", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`${locale}: the rules come before the input, and the policy error does not say they are below`, () => {
      const messages = catalogues[locale];
      const error = messages.forms.errors.passwordPolicy;
      render(
        <NextIntlClientProvider locale={locale} messages={messages} timeZone="America/Toronto">
          <PasswordField name="password" label="Password" error={error} />
        </NextIntlClientProvider>,
      );
      const input = screen.getByLabelText(/^Password/);
      const rules = screen.getByRole("list");
      const errorText = document.getElementById("password-error")!;
      expect(errorText.textContent).toBe(error);
      expect(rules.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(
        input.compareDocumentPosition(errorText) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      expect(error).not.toMatch(pointsDown[locale]);
      expect(input.getAttribute("aria-describedby")).toBe("password-hint password-error");
    });
  }
});
