"use client";
// A patient's details as staff enter them: the fields of the new-patient and
// the edit forms (lib/admin/schema.ts profileFields), labelled once.
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { PROVINCES } from "@/lib/admin/constants";
import type { ProfileValues } from "@/lib/admin/profile-changes";

export function ProfileFields({
  values,
  error,
  healthCard,
  contactOnly = false,
}: {
  /** The saved details (edit); empty fields when absent (new). */
  values?: Partial<ProfileValues>;
  /** The translated error of a field, if any. */
  error: (name: string) => string | undefined;
  /** The health card number field: shown only when the clinic collects it. */
  healthCard?: { label: string; hint: string };
  /** Only the contact details (phones, address, language): what patients correct themselves. */
  contactOnly?: boolean;
}) {
  const t = useTranslations("adminPatients");
  const tp = useTranslations("provinces");
  const value = (name: keyof ProfileValues) => values?.[name] ?? "";
  const text = (name: keyof ProfileValues, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      defaultValue={value(name)}
      error={error(name)}
      {...extra}
      label={extra.label ?? t(`fields.${name as "city"}`)}
    />
  );
  const select = (name: keyof ProfileValues, children: React.ReactNode, required = false) => (
    <SelectField
      name={name}
      label={t(`fields.${name as "city"}`)}
      defaultValue={value(name) || (name === "language" ? "fr" : "")}
      error={error(name)}
      required={required}
    >
      {children}
    </SelectField>
  );
  const phoneTypes = (
    <>
      <option value="">{t("fields.phoneTypeNone")}</option>
      <option value="home">{t("fields.phoneTypes.home")}</option>
      <option value="mobile">{t("fields.phoneTypes.mobile")}</option>
      <option value="office">{t("fields.phoneTypes.office")}</option>
    </>
  );
  return (
    <>
      {!contactOnly && (
        <>
          {text("firstName", { required: true, autoComplete: "off" })}
          {text("lastName", { required: true, autoComplete: "off" })}
          {text("dateOfBirth", {
            required: true,
            hint: t("fields.dateOfBirthHint"),
            inputMode: "numeric",
            placeholder: "1980-03-25",
          })}
          {select(
            "sex",
            <>
              <option value="">{t("fields.sexNone")}</option>
              <option value="female">{t("fields.sexes.female")}</option>
              <option value="male">{t("fields.sexes.male")}</option>
              <option value="other">{t("fields.sexes.other")}</option>
            </>,
          )}
        </>
      )}
      {text("primaryPhone", { type: "tel" })}
      {select("primaryPhoneType", phoneTypes)}
      {text("secondaryPhone", { type: "tel" })}
      {select("secondaryPhoneType", phoneTypes)}
      {text("addressLine")}
      {text("city")}
      {select(
        "province",
        <>
          <option value="">{t("fields.provinceNone")}</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {tp(p)}
            </option>
          ))}
        </>,
      )}
      {text("postalCode")}
      {select(
        "language",
        <>
          <option value="fr">{t("languages.fr")}</option>
          <option value="en">{t("languages.en")}</option>
        </>,
        true,
      )}
      {!contactOnly &&
        healthCard &&
        text("healthCardNumber", {
          label: healthCard.label,
          hint: healthCard.hint,
          autoComplete: "off",
        })}
    </>
  );
}
