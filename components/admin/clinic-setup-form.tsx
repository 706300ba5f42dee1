"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { setUpClinicAction } from "@/lib/admin/actions";
import {
  ClinicContactFields,
  fieldsetClass,
  selectClass,
  type ClinicContact,
} from "./clinic-contact-fields";
import { useErrorText } from "@/components/forms/use-error-text";

export type ClinicSetupValues = ClinicContact & {
  timeZone: string;
  clinicCode: string;
};

/** The first admin's first screen: the clinic, its time zone, languages and clinic code. */
export function ClinicSetupForm({
  values,
  timeZones,
}: {
  values: ClinicSetupValues;
  timeZones: string[];
}) {
  const t = useTranslations("adminSetup");
  const { state, pending, onSubmit, fieldError } = useActionForm(setUpClinicAction);
  const errorText = useErrorText("adminSetup");
  const err = (name: string) => errorText(fieldError(name));
  const [province, setProvince] = useState(values.province);
  const languagesError = err("languages");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <ClinicContactFields
        values={values}
        error={err}
        province={province}
        onProvinceChange={setProvince}
      >
        <Field
          name="timeZone"
          label={t("timeZone")}
          hint={t("timeZoneHint")}
          required
          error={err("timeZone")}
        >
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={values.timeZone}
            aria-describedby="timeZone-hint"
            aria-invalid={err("timeZone") ? true : undefined}
            className={selectClass}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </Field>
      </ClinicContactFields>
      <fieldset
        className={fieldsetClass}
        aria-describedby={languagesError ? "languages-hint languages-error" : "languages-hint"}
      >
        <legend className="px-1 text-lg font-semibold">{t("languagesTitle")}</legend>
        <p id="languages-hint" className="text-sm text-muted">
          {t("languagesHint")}
        </p>
        <ul className="space-y-1">
          {(["en", "fr"] as const).map((lang) => (
            <li key={lang}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="languages"
                  value={lang}
                  defaultChecked
                  className="size-5"
                />
                <span lang={lang}>{t(`language.${lang}`)}</span>
              </label>
            </li>
          ))}
        </ul>
        {languagesError && (
          <p id="languages-error" className="text-danger">
            {languagesError}
          </p>
        )}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className="px-1 text-lg font-semibold">{t("codeTitle")}</legend>
        <Field
          name="clinicCode"
          label={t("clinicCode")}
          hint={t("clinicCodeHint")}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          defaultValue={values.clinicCode}
          error={err("clinicCode")}
        />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
