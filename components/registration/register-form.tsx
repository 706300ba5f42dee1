"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { PasswordRules } from "@/components/forms/password-rules";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/lib/i18n/navigation";
import { registerAction } from "@/lib/registration/actions";
import { normalizePhone, normalizePostalCode, PROVINCES } from "@/lib/registration/formats";
import {
  isMandatory,
  PHONE_TYPES,
  registrationErrors,
  SEXES,
  type RegistrationRules,
} from "@/lib/registration/schema";

/** Codes with a registration-specific text; the others are the generic forms.errors.*. */
const OWN_CODES = new Set(["underAge", "phone", "postalCode", "dateOfBirth", "tooLong"]);

const FIELDS = [
  "email",
  "emailConfirm",
  "password",
  "passwordConfirm",
  "firstName",
  "lastName",
  "dateOfBirth",
  "sex",
  "primaryPhone",
  "primaryPhoneType",
  "secondaryPhone",
  "secondaryPhoneType",
  "addressLine",
  "city",
  "province",
  "postalCode",
  "language",
] as const;
type FieldName = (typeof FIELDS)[number];

export function RegisterForm({
  rules,
  clinicProvince,
}: {
  rules: RegistrationRules;
  clinicProvince: string;
}) {
  const t = useTranslations("register");
  const tf = useTranslations("forms");
  const tp = useTranslations("provinces");
  const locale = useLocale();
  const { state, pending, onSubmit } = useActionForm(registerAction);
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    ...(Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<FieldName, string>),
    primaryPhoneType: "mobile",
    secondaryPhoneType: "home",
    province: clinicProvince,
    language: locale,
  }));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const doneRef = useRef<HTMLHeadingElement>(null);

  // Today in the browser: the server checks again with the clinic's day.
  const errors = useMemo(() => registrationErrors(rules, values), [rules, values]);
  const serverErrors = state && !state.ok ? (state.fields ?? {}) : {};
  const valid = Object.keys(errors).length === 0;
  const done = state?.ok === true;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div className="space-y-3" role="status">
        <h2 ref={doneRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {t("done.title")}
        </h2>
        <p>{t("done.body", { email: values.email.trim() })}</p>
        <p>{t("done.spam")}</p>
        <p>
          {t("done.noEmail")}{" "}
          <Link href="/activate" className="font-medium text-brand-700 underline">
            {t("done.resend")}
          </Link>
        </p>
      </div>
    );
  }

  const message = (code: string | undefined) =>
    code === undefined
      ? undefined
      : OWN_CODES.has(code)
        ? t(`errors.${code}` as "errors.phone", { age: rules.minAge })
        : tf(`errors.${code}` as "errors.invalid");
  const errorOf = (name: FieldName) =>
    (touched.has(name) ? message(errors[name]) : undefined) ?? message(serverErrors[name]);
  const set = (name: FieldName, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const touch = (name: FieldName) => setTouched((s) => (s.has(name) ? s : new Set(s).add(name)));
  const required = (name: FieldName) => isMandatory(name, rules.mandatory);
  const input = (name: FieldName) => ({
    name,
    value: values[name],
    required: required(name),
    error: errorOf(name),
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    onBlur: () => touch(name),
  });
  // Shows a phone number or postal code the way it will be stored once it is recognized.
  const reformat = (name: FieldName, normalize: (s: string) => string | null) => () => {
    touch(name);
    const normalized = normalize(values[name]);
    if (normalized) set(name, normalized);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {state && !state.ok && (
        <FormAlert tone="error">
          {state.code === "invalid"
            ? t("fixErrors")
            : tf(`errors.${state.code}` as "errors.unexpected")}
        </FormAlert>
      )}
      <p className="text-sm text-muted">{t("requiredNote")}</p>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("sections.account")}</legend>
        <Field label={t("fields.email")} type="email" autoComplete="email" {...input("email")} />
        <Field
          label={t("fields.emailConfirm")}
          type="email"
          autoComplete="email"
          {...input("emailConfirm")}
        />
        <Field
          label={t("fields.password")}
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules password={values.password} />}
          {...input("password")}
        />
        <Field
          label={t("fields.passwordConfirm")}
          type="password"
          autoComplete="new-password"
          {...input("passwordConfirm")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("sections.person")}</legend>
        <Field label={t("fields.firstName")} autoComplete="given-name" {...input("firstName")} />
        <Field label={t("fields.lastName")} autoComplete="family-name" {...input("lastName")} />
        <Field
          label={t("fields.dateOfBirth")}
          type="date"
          autoComplete="bday"
          hint={t("hints.dateOfBirth")}
          max={rules.today}
          {...input("dateOfBirth")}
        />
        <Select label={t("fields.sex")} {...input("sex")}>
          <option value="">{t("choose")}</option>
          {SEXES.map((s) => (
            <option key={s} value={s}>
              {t(`sex.${s}`)}
            </option>
          ))}
        </Select>
        <Select label={t("fields.language")} {...input("language")}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </Select>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("sections.phones")}</legend>
        {(["primary", "secondary"] as const).map((which) => {
          const phone = `${which}Phone` as const;
          const type = `${which}PhoneType` as const;
          return (
            <div key={which} className="grid gap-3 sm:grid-cols-[1fr_12rem]">
              <Field
                label={t(`fields.${phone}`)}
                type="tel"
                autoComplete={which === "primary" ? "tel-national" : "off"}
                hint={t("hints.phone")}
                {...input(phone)}
                onBlur={reformat(phone, normalizePhone)}
              />
              <Select label={t(`fields.${type}`)} {...input(type)} required={false}>
                {PHONE_TYPES.map((p) => (
                  <option key={p} value={p}>
                    {t(`phoneType.${p}`)}
                  </option>
                ))}
              </Select>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("sections.address")}</legend>
        <Field
          label={t("fields.addressLine")}
          autoComplete="street-address"
          {...input("addressLine")}
        />
        <Field label={t("fields.city")} autoComplete="address-level2" {...input("city")} />
        <Select label={t("fields.province")} {...input("province")}>
          <option value="">{t("choose")}</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {tp(p)}
            </option>
          ))}
        </Select>
        <Field
          label={t("fields.postalCode")}
          autoComplete="postal-code"
          hint={t("hints.postalCode")}
          {...input("postalCode")}
          onBlur={reformat("postalCode", normalizePostalCode)}
        />
      </fieldset>

      <div className="space-y-2">
        {!valid && (
          <p id="register-disabled-hint" className="text-sm text-muted">
            {t("disabledHint")}
          </p>
        )}
        <SubmitButton
          pending={pending}
          pendingLabel={t("submitting")}
          disabled={!valid || pending}
          aria-describedby={valid ? undefined : "register-disabled-hint"}
          className="w-full sm:w-auto"
        >
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

function Select({
  name,
  label,
  value,
  required,
  error,
  onChange,
  onBlur,
  children,
}: {
  name: string;
  label: string;
  value: string;
  required?: boolean;
  error?: string;
  onChange: (e: { target: { value: string } }) => void;
  onBlur: () => void;
  children: ReactNode;
}) {
  return (
    <Field name={name} label={label} required={required} error={error}>
      <select
        id={name}
        name={name}
        value={value}
        required={required}
        onChange={onChange}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger"
      >
        {children}
      </select>
    </Field>
  );
}
