"use client";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-error-text";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/lib/i18n/navigation";
import { acceptInvitationAction } from "@/lib/invitations/actions";

/** Email (read-only), clinic code, password (with the shared rules checklist) and confirmation. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invitation");
  const { state, pending, onSubmit, fieldError } = useActionForm(acceptInvitationAction);
  const errorText = useErrorText("invitation");
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("success")}</FormAlert>
        <Link
          href="/login"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("login")}
        </Link>
      </div>
    );
  }
  const stateMessage =
    state && !state.ok && !state.fields && t.has(`states.${state.code}` as never)
      ? t(`states.${state.code}` as never)
      : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {stateMessage && (
        <FormAlert tone="error">
          {stateMessage} {t("askClinic")}
        </FormAlert>
      )}
      {state && !state.ok && !state.fields && !stateMessage && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <Field
        name="email"
        label={t("email")}
        hint={t("emailHint")}
        value={email}
        readOnly
        type="email"
        autoComplete="username"
      />
      <Field
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={errorText(fieldError("code"))}
      />
      <PasswordField
        name="password"
        label={t("password")}
        error={errorText(fieldError("password"))}
      />
      <Field
        name="confirmation"
        type="password"
        label={t("confirmation")}
        required
        autoComplete="new-password"
        error={errorText(fieldError("confirmation"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
