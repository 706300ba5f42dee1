"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPatientAction } from "@/lib/admin/actions";
import { PROVINCES } from "@/lib/admin/constants";
import { Link } from "@/lib/i18n/navigation";
import { useErrorText } from "@/components/forms/use-error-text";

const selectClass =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger";

function Select({
  name,
  label,
  error,
  required,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  required?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Field name={name} label={label} error={error} required={required}>
      <select
        id={name}
        name={name}
        className={selectClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        required={required}
      >
        {children}
      </select>
    </Field>
  );
}

export function CreatePatientForm() {
  const t = useTranslations("adminPatients");
  const tp = useTranslations("provinces");
  const { state, pending, onSubmit, fieldError } = useActionForm(createPatientAction);
  const errorText = useErrorText("adminPatients");
  const err = (name: string) => errorText(fieldError(name));
  const phoneTypes = (
    <>
      <option value="">{t("fields.phoneTypeNone")}</option>
      <option value="home">{t("fields.phoneTypes.home")}</option>
      <option value="mobile">{t("fields.phoneTypes.mobile")}</option>
      <option value="office">{t("fields.phoneTypes.office")}</option>
    </>
  );
  if (state?.ok && state.data) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("created")}</FormAlert>
        <Link
          href={`/admin/patients/${state.data.profileId}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
        >
          {t("openCreated")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="firstName"
          label={t("fields.firstName")}
          required
          autoComplete="off"
          error={err("firstName")}
        />
        <Field
          name="lastName"
          label={t("fields.lastName")}
          required
          autoComplete="off"
          error={err("lastName")}
        />
        <Field
          name="dateOfBirth"
          label={t("fields.dateOfBirth")}
          hint={t("fields.dateOfBirthHint")}
          required
          inputMode="numeric"
          placeholder="1980-03-25"
          error={err("dateOfBirth")}
        />
        <Select name="sex" label={t("fields.sex")} error={err("sex")}>
          <option value="">{t("fields.sexNone")}</option>
          <option value="female">{t("fields.sexes.female")}</option>
          <option value="male">{t("fields.sexes.male")}</option>
          <option value="other">{t("fields.sexes.other")}</option>
        </Select>
        <Field
          name="primaryPhone"
          type="tel"
          label={t("fields.primaryPhone")}
          error={err("primaryPhone")}
        />
        <Select
          name="primaryPhoneType"
          label={t("fields.primaryPhoneType")}
          error={err("primaryPhoneType")}
        >
          {phoneTypes}
        </Select>
        <Field
          name="secondaryPhone"
          type="tel"
          label={t("fields.secondaryPhone")}
          error={err("secondaryPhone")}
        />
        <Select
          name="secondaryPhoneType"
          label={t("fields.secondaryPhoneType")}
          error={err("secondaryPhoneType")}
        >
          {phoneTypes}
        </Select>
        <Field name="addressLine" label={t("fields.addressLine")} error={err("addressLine")} />
        <Field name="city" label={t("fields.city")} error={err("city")} />
        <Select name="province" label={t("fields.province")} error={err("province")}>
          <option value="">{t("fields.provinceNone")}</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {tp(p)}
            </option>
          ))}
        </Select>
        <Field name="postalCode" label={t("fields.postalCode")} error={err("postalCode")} />
        <Select name="language" label={t("fields.language")} required error={err("language")}>
          <option value="fr">{t("languages.fr")}</option>
          <option value="en">{t("languages.en")}</option>
        </Select>
        <Field
          name="email"
          type="email"
          label={t("fields.email")}
          hint={t("fields.emailHint")}
          autoComplete="off"
          error={err("email")}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
