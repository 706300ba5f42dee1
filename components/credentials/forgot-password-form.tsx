"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { forgotPasswordAction } from "@/lib/credentials/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/** One answer for every address (AU-5): the page never says whether it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const errorText = useErrorText("credentials");
  const { state, pending, onSubmit, fieldError } = useActionForm(forgotPasswordAction);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) sentRef.current?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div ref={sentRef} tabIndex={-1} className="space-y-2 outline-none">
        <FormAlert tone="success">{t("sent")}</FormAlert>
        <p className="text-sm">{t("sentHelp")}</p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && state.code !== "invalid" && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <p>{t("intro")}</p>
      <Field
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        error={errorText(fieldError("email"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
