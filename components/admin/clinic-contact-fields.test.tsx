// Staff choose the clinic's province by its name in their language, not by
// its postal code; the submitted value stays the code.
import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { ClinicContactFields } from "./clinic-contact-fields";

afterEach(cleanup);

const values = {
  name: "Clinique",
  phone: "",
  email: "",
  addressLine: "",
  city: "",
  province: "QC",
  postalCode: "",
};

function provinceOption(locale: "en" | "fr", code: string) {
  const { container } = render(
    <NextIntlClientProvider locale={locale} messages={locale === "fr" ? fr : en}>
      <ClinicContactFields
        values={values}
        error={() => undefined}
        province="QC"
        onProvinceChange={() => {}}
      />
    </NextIntlClientProvider>,
  );
  return container.querySelector<HTMLOptionElement>(`select[name=province] option[value=${code}]`);
}

describe("the clinic's province", () => {
  it("is listed by name in each language, with the code as the value", () => {
    expect(provinceOption("fr", "QC")?.textContent).toBe("Québec");
    cleanup();
    expect(provinceOption("en", "QC")?.textContent).toBe("Quebec");
    cleanup();
    expect(provinceOption("fr", "PE")?.textContent).toBe("Île-du-Prince-Édouard");
  });
});
