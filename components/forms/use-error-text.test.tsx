// An action's error code becomes the screen's own words, else the generic form
// words, else "Check this value." — read from messages/*.json as pages do.
import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { type ErrorNamespace, useErrorText } from "./use-error-text";

afterEach(cleanup);

function Text({ namespace, code }: { namespace: ErrorNamespace; code?: string }) {
  const errorText = useErrorText(namespace);
  return <p>{errorText(code) ?? "(none)"}</p>;
}

function text(namespace: ErrorNamespace, code: string | undefined, locale: "en" | "fr" = "en") {
  const { container } = render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : fr}>
      <Text namespace={namespace} code={code} />
    </NextIntlClientProvider>,
  );
  return container.textContent;
}

describe("useErrorText", () => {
  it("uses the screen's own words for its codes", () => {
    expect(text("credentials", "wrongPassword")).toBe(en.credentials.errors.wrongPassword);
    expect(text("credentials", "wrongPassword", "fr")).toBe(fr.credentials.errors.wrongPassword);
  });

  it("falls back to the generic form words, then to 'invalid' for a code nobody knows", () => {
    expect(text("credentials", "required")).toBe(en.forms.errors.required);
    expect(text("adminCatalog", "no-such-code")).toBe(en.forms.errors.invalid);
  });

  it("reads each screen's words in order before the generic ones", () => {
    function Two({ code }: { code: string }) {
      const errorText = useErrorText("adminPatientEdit", "adminPatients");
      return <p>{errorText(code)}</p>;
    }
    const shown = (code: string) =>
      render(
        <NextIntlClientProvider locale="en" messages={en}>
          <Two code={code} />
        </NextIntlClientProvider>,
      ).container.textContent;
    expect(shown("stale")).toBe(en.adminPatientEdit.errors.stale);
    cleanup();
    expect(shown("phoneType")).toBe(en.adminPatients.errors.phoneType);
    cleanup();
    expect(shown("required")).toBe(en.forms.errors.required);
  });

  it("says nothing without a code", () => {
    expect(text("appointments", undefined)).toBe("(none)");
  });
});
