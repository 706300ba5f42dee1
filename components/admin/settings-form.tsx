"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveSettingsAction } from "@/lib/admin/actions";
import { MAX_DISCLAIMER, REGISTRATION_FIELDS, REPLY_RULES } from "@/lib/admin/constants";
import type { ReplyRule } from "@/lib/db/enums";
import { CheckboxField, SelectField, TextAreaField } from "@/components/catalog/inputs";
import { ageOfConsent } from "@/lib/clinic/age-of-consent";
import {
  ClinicContactFields,
  type ClinicContact,
  fieldsetClass as box,
} from "./clinic-contact-fields";
import { useErrorText } from "@/components/forms/use-error-text";

export type SettingsValues = ClinicContact & {
  ageOfConsentOverride: number | null;
  mandatoryRegistrationFields: string[];
  invitationValidityDays: number;
  termsEn: string;
  termsFr: string;
  messagesEnabled: boolean;
  documentsEnabled: boolean;
  billsEnabled: boolean;
  patientMessagesEnabled: boolean;
  collectsHealthCard: boolean;
  patientsEditContact: boolean;
  replyDisclaimerEn: string;
  replyDisclaimerFr: string;
  defaultReplyRule: ReplyRule;
};

const COMMUNICATION_SWITCHES = [
  "messagesEnabled",
  "documentsEnabled",
  "billsEnabled",
  "patientMessagesEnabled",
] as const;

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
      <ClinicContactFields
        values={values}
        error={err}
        province={province}
        onProvinceChange={setProvince}
      />
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
        <legend className="px-1 text-lg font-semibold">{t("patientRecordsTitle")}</legend>
        <CheckboxField
          name="collectsHealthCard"
          label={t("collectsHealthCard")}
          hint={t("collectsHealthCardHint")}
          defaultChecked={values.collectsHealthCard}
        />
        <CheckboxField
          name="patientsEditContact"
          label={t("patientsEditContact")}
          hint={t("patientsEditContactHint")}
          defaultChecked={values.patientsEditContact}
        />
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
      <fieldset className={box}>
        <legend className="px-1 text-lg font-semibold">{t("communicationsTitle")}</legend>
        <p className="text-sm text-muted">{t("communicationsHint")}</p>
        {COMMUNICATION_SWITCHES.map((name) => (
          <CheckboxField
            key={name}
            name={name}
            label={t(`communications.${name}`)}
            hint={t(`communications.${name}Hint`)}
            defaultChecked={values[name]}
          />
        ))}
        <SelectField
          name="defaultReplyRule"
          label={t("defaultReplyRule")}
          hint={t("defaultReplyRuleHint")}
          defaultValue={values.defaultReplyRule}
          error={err("defaultReplyRule")}
        >
          {REPLY_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`replyRules.${rule}`)}
            </option>
          ))}
        </SelectField>
        {(["replyDisclaimerEn", "replyDisclaimerFr"] as const).map((name) => (
          <TextAreaField
            key={name}
            name={name}
            label={t(name)}
            hint={t("disclaimerHint", { max: MAX_DISCLAIMER })}
            lang={name === "replyDisclaimerEn" ? "en" : "fr"}
            maxLength={MAX_DISCLAIMER}
            defaultValue={values[name]}
            error={err(name)}
          />
        ))}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
