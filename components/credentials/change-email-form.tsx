"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeEmailAction } from "@/lib/credentials/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/** Current password, new address twice. Nothing changes until the emailed code is entered (AU-16). */
export function ChangeEmailForm({
  home = "/profile",
  homeLabel,
}: { home?: "/profile" | "/admin/account"; homeLabel?: string } = {}) {
  const t = useTranslations("credentials.email");
  const locale = useLocale();
  const errorText = useErrorText("credentials");
  const { state, pending, onSubmit, fieldError } = useActionForm(changeEmailAction);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) doneRef.current?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div ref={doneRef} tabIndex={-1} className="space-y-3 outline-none">
        <FormAlert tone="success">{t("sent")}</FormAlert>
        <p>{t("sentHelp")}</p>
        <a
          href={`/${locale}${home}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {homeLabel ?? t("backToProfile")}
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && state.code !== "invalid" && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <Field
        name="currentPassword"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        required
        maxLength={1000}
        error={errorText(fieldError("currentPassword"))}
      />
      <Field
        name="email"
        label={t("new")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={errorText(fieldError("email"))}
      />
      <Field
        name="confirmEmail"
        label={t("confirm")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={errorText(fieldError("confirmEmail"))}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <a
          href={`/${locale}${home}`}
          className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
        >
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}
