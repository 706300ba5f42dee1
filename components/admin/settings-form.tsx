"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveSettingsAction } from "@/lib/admin/actions";
import { PROVINCES, REGISTRATION_FIELDS } from "@/lib/admin/constants";
import { ageOfConsent } from "@/lib/clinic/age-of-consent";
import { useErrorText } from "./error-text";

export type SettingsValues = {
  name: string;
  phone: string;
  email: string;
  addressLine: string;
  city: string;
  province: string;
  postalCode: string;
  ageOfConsentOverride: number | null;
  mandatoryRegistrationFields: string[];
  invitationValidityDays: number;
  termsEn: string;
  termsFr: string;
};

const box = "space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6";
const textareaClass =
  "mt-1 block min-h-40 w-full rounded-md border border-gray-400 p-3 aria-[invalid=true]:border-danger";

export function SettingsForm({ values }: { values: SettingsValues }) {
  const t = useTranslations("adminSettings");
  const { state, pending, onSubmit, fieldError } = useActionForm(saveSettingsAction);
  const errorText = useErrorText("adminSettings");
  const err = (name: string) => errorText(fieldError(name));
  const [province, setProvince] = useState(values.province);
  const [override, setOverride] = useState(
    values.ageOfConsentOverride === null ? "" : String(values.ageOfConsentOverride),
  );
  const overrideNumber =
    /^\d{1,2}$/.test(override) && Number(override) >= 10 && Number(override) <= 21
      ? Number(override)
      : null;
  const textarea = (name: "termsEn" | "termsFr", lang: string) => (
    <Field name={name} label={t(name)} required error={err(name)}>
      <textarea
        id={name}
        name={name}
        lang={lang}
        required
        defaultValue={values[name]}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `${name}-error` : undefined}
        className={textareaClass}
      />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {state?.ok && (
        <FormAlert tone="success">
          {state.data?.published
            ? t("published", { version: state.data.termsVersion })
            : t("saved")}
        </FormAlert>
      )}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("contactTitle")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="name"
            label={t("name")}
            required
            defaultValue={values.name}
            error={err("name")}
          />
          <Field
            name="phone"
            type="tel"
            label={t("phone")}
            required
            defaultValue={values.phone}
            error={err("phone")}
          />
          <Field
            name="email"
            type="email"
            label={t("email")}
            required
            defaultValue={values.email}
            error={err("email")}
          />
          <Field
            name="addressLine"
            label={t("addressLine")}
            required
            defaultValue={values.addressLine}
            error={err("addressLine")}
          />
          <Field
            name="city"
            label={t("city")}
            required
            defaultValue={values.city}
            error={err("city")}
          />
          <Field
            name="postalCode"
            label={t("postalCode")}
            required
            defaultValue={values.postalCode}
            error={err("postalCode")}
          />
          <Field name="province" label={t("province")} required error={err("province")}>
            <select
              id="province"
              name="province"
              value={province}
              onChange={(e) => setProvince(e.target.value)}
              className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3"
            >
              {PROVINCES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("consentTitle")}</legend>
        <p aria-live="polite" className="font-medium">
          {t("consentNow", { age: ageOfConsent(province, overrideNumber) })}
        </p>
        <p className="text-sm text-muted">
          {t("consentProvince", { age: ageOfConsent(province) })}
        </p>
        <Field
          name="ageOfConsentOverride"
          label={t("override")}
          hint={t("overrideHint")}
          inputMode="numeric"
          value={override}
          onChange={(e) => setOverride(e.target.value)}
          error={err("ageOfConsentOverride")}
        />
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("registrationTitle")}</legend>
        <p className="text-sm text-muted">{t("registrationHint")}</p>
        <ul className="space-y-1">
          {REGISTRATION_FIELDS.map((f) => (
            <li key={f}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="mandatoryRegistrationFields"
                  value={f}
                  defaultChecked={values.mandatoryRegistrationFields.includes(f)}
                  className="size-5"
                />
                {t(`registrationFields.${f}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("invitationTitle")}</legend>
        <Field
          name="invitationValidityDays"
          label={t("validity")}
          hint={t("validityHint")}
          required
          inputMode="numeric"
          defaultValue={String(values.invitationValidityDays)}
          error={err("invitationValidityDays")}
        />
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("termsTitle")}</legend>
        {textarea("termsEn", "en")}
        {textarea("termsFr", "fr")}
        <div>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="publishNewVersion"
              className="mt-1 size-5 shrink-0"
              aria-describedby="publish-hint"
            />
            <span>{t("publish")}</span>
          </label>
          <p id="publish-hint" className="text-sm text-muted">
            {t("publishHint")}
          </p>
        </div>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
