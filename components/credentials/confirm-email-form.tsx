"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmEmailChangeAction } from "@/lib/credentials/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/** The page behind the new address's link: the code sent to the old address. Only this POST changes anything (AU-18). */
export function ConfirmEmailForm({ token, newEmail }: { token: string; newEmail: string }) {
  const t = useTranslations("credentials.confirm");
  const errorText = useErrorText("credentials");
  // Success redirects to the patient's profile, which says what changed.
  const { state, pending, onSubmit, fieldError } = useActionForm(confirmEmailChangeAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && state.code !== "invalid" && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <Field
        name="newEmail"
        label={t("newEmail")}
        type="email"
        value={newEmail}
        readOnly
        aria-readonly="true"
      />
      <Field
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        error={errorText(fieldError("code"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
