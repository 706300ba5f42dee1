"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/credentials/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/**
 * Current password, new password twice, then an in-page "are you sure?" step
 * (focus moves to it and back), because the change signs out every other device.
 */
export function ChangePasswordForm({
  home = "/profile",
  homeLabel,
}: { home?: "/profile" | "/admin"; homeLabel?: string } = {}) {
  const t = useTranslations("credentials.password");
  const locale = useLocale();
  const errorText = useErrorText("credentials");
  const { state, pending, onSubmit, fieldError } = useActionForm(changePasswordAction);
  // The "are you sure?" step belongs to the result it was opened on: a new
  // result (success or refusal) closes it without an extra state update.
  const [openOn, setOpenOn] = useState<{ state: typeof state } | null>(null);
  const confirming = openOn !== null && openOn.state === state;
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const restoreFocus = useRef(false);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (restoreFocus.current) document.getElementById("change-password-save")?.focus();
    restoreFocus.current = false;
  }, [confirming]);
  useEffect(() => {
    if (state?.ok) doneRef.current?.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    if (!confirming) {
      event.preventDefault();
      setOpenOn({ state });
      return;
    }
    onSubmit(event);
  }

  if (state?.ok) {
    return (
      <div ref={doneRef} tabIndex={-1} className="space-y-3 outline-none">
        <FormAlert tone="success">{t("done")}</FormAlert>
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
    <form onSubmit={submit} noValidate className="space-y-4">
      {state && !state.ok && state.code !== "invalid" && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <div className="space-y-4" inert={confirming || undefined}>
        <Field
          name="currentPassword"
          label={t("current")}
          type="password"
          autoComplete="current-password"
          required
          maxLength={1000}
          error={errorText(fieldError("currentPassword"))}
        />
        <PasswordField name="password" label={t("new")} error={errorText(fieldError("password"))} />
        <Field
          name="confirmPassword"
          label={t("confirm")}
          type="password"
          autoComplete="new-password"
          required
          maxLength={1000}
          error={errorText(fieldError("confirmPassword"))}
        />
      </div>
      {confirming ? (
        <div
          role="group"
          aria-labelledby="confirm-password-change"
          className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
        >
          <h2
            id="confirm-password-change"
            ref={confirmRef}
            tabIndex={-1}
            className="font-semibold outline-none"
          >
            {t("confirmTitle")}
          </h2>
          <p>{t("confirmText")}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} pendingLabel={t("saving")}>
              {t("confirmYes")}
            </SubmitButton>
            <button
              type="button"
              onClick={() => {
                // Back to the button that opened this step.
                restoreFocus.current = true;
                setOpenOn(null);
              }}
              className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
            >
              {t("confirmNo")}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <SubmitButton id="change-password-save">{t("save")}</SubmitButton>
          <a
            href={`/${locale}${home}`}
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
          >
            {t("cancel")}
          </a>
        </div>
      )}
    </form>
  );
}
