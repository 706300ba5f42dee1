"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { resetPasswordAction } from "@/lib/credentials/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/** New password twice; success redirects to the login page (?reset=1). */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const errorText = useErrorText("credentials");
  const { state, pending, onSubmit, fieldError } = useActionForm(resetPasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && state.code !== "invalid" && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <PasswordField
        name="password"
        label={t("password")}
        error={errorText(fieldError("password"))}
      />
      <Field
        name="confirmPassword"
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        maxLength={1000}
        error={errorText(fieldError("confirmPassword"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
