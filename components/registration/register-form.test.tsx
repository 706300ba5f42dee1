// The date of birth is an <input type="date">: the browser shows it in its own
// format (2026-12-07, 12/07/2026, 07/12/2026…), so a hint naming one format
// contradicts the field for most people. The hint gives no format.
import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { RegisterForm } from "./register-form";

// Never called here: the test reads the form as first shown.
vi.mock("@/lib/registration/actions", () => ({ registerAction: vi.fn() }));

afterEach(cleanup);

const formatWords = /\d{4}-\d{2}-\d{2}|YYYY|AAAA|year-month-day|année-mois-jour|MM|JJ/;

describe("RegisterForm", () => {
  for (const [locale, messages] of [
    ["en", en],
    ["fr", fr],
  ] as const) {
    it(`${locale}: the date-of-birth hint names no date format`, () => {
      const { container } = render(
        <NextIntlClientProvider locale={locale} messages={messages} timeZone="America/Toronto">
          <RegisterForm
            rules={{ mandatory: [], minAge: 14, today: "2026-12-07" }}
            clinicProvince="QC"
          />
        </NextIntlClientProvider>,
      );
      const input = container.querySelector<HTMLInputElement>('input[name="dateOfBirth"]')!;
      expect(input.type).toBe("date");
      const hintId = input.getAttribute("aria-describedby")!.split(" ")[0]!;
      const hint = document.getElementById(hintId)!.textContent!;
      expect(hint.trim()).not.toBe("");
      expect(hint).not.toMatch(formatWords);
    });
  }
});
