"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { cardClass } from "@/components/shell/card";
import { PROVINCES } from "@/lib/admin/constants";

export type ClinicContact = {
  name: string;
  phone: string;
  email: string;
  addressLine: string;
  city: string;
  province: string;
  postalCode: string;
};

export const fieldsetClass = cardClass("normal", "space-y-4");
export const selectClass =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger";

/** The clinic's name, contact and address: filled in at first-run setup, edited in the settings. */
export function ClinicContactFields({
  values,
  error,
  province,
  onProvinceChange,
  children,
}: {
  values: ClinicContact;
  /** The translated error of a field, if any. */
  error: (name: string) => string | undefined;
  province: string;
  onProvinceChange: (province: string) => void;
  /** More fields of the same fieldset (the setup's time zone). */
  children?: ReactNode;
}) {
  const t = useTranslations("adminSettings");
  const tp = useTranslations("provinces");
  const text = (name: Exclude<keyof ClinicContact, "province">, type = "text") => (
    <Field
      name={name}
      type={type}
      label={t(name)}
      required
      defaultValue={values[name]}
      error={error(name)}
    />
  );
  return (
    <fieldset className={fieldsetClass}>
      <legend className="px-1 text-lg font-semibold">{t("contactTitle")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name")}
        {text("phone", "tel")}
        {text("email", "email")}
        {text("addressLine")}
        {text("city")}
        {text("postalCode")}
        <Field name="province" label={t("province")} required error={error("province")}>
          <select
            id="province"
            name="province"
            value={province}
            onChange={(e) => onProvinceChange(e.target.value)}
            className={selectClass}
          >
            {PROVINCES.map((p) => (
              <option key={p} value={p}>
                {tp(p)}
              </option>
            ))}
          </select>
        </Field>
        {children}
      </div>
    </fieldset>
  );
}
