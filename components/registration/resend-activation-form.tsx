"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { resendActivationAction } from "@/lib/registration/actions";

/** Same answer whether or not a pending account has this address. */
export function ResendActivationForm() {
  const t = useTranslations("activate.resend");
  const tf = useTranslations("forms");
  const { state, pending, onSubmit, fieldError } = useActionForm(resendActivationAction);
  if (state?.ok) {
    return (
      <div className="space-y-2">
        <FormAlert tone="success">{t("sent")}</FormAlert>
        <p>{t("spam")}</p>
      </div>
    );
  }
  const error = fieldError("email");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && !error && (
        <FormAlert tone="error">{tf(`errors.${state.code}` as "errors.unexpected")}</FormAlert>
      )}
      <Field
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        required
        error={error ? tf(`errors.${error}` as "errors.email") : undefined}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
