"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptTermsAction } from "@/lib/registration/actions";

export function TermsForm({ version, callbackUrl }: { version: number; callbackUrl?: string }) {
  const t = useTranslations("terms");
  const tf = useTranslations("forms");
  const locale = useLocale();
  const { state, pending, onSubmit, fieldError } = useActionForm(acceptTermsAction);
  const [checked, setChecked] = useState(false);
  const error = fieldError("accept");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && !error && (
        <FormAlert tone="error">
          {state.code === "termsChanged"
            ? t("changed")
            : tf(`errors.${state.code}` as "errors.unexpected")}
        </FormAlert>
      )}
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div className="flex items-start gap-3">
        <input
          id="accept"
          name="accept"
          type="checkbox"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "accept-error" : undefined}
          className="mt-1 size-6 shrink-0"
        />
        <label htmlFor="accept" className="font-medium">
          {t("accept")}
        </label>
      </div>
      {error && (
        <p id="accept-error" className="text-sm text-danger">
          {t("mustAccept")}
        </p>
      )}
      <SubmitButton
        pending={pending}
        pendingLabel={t("submitting")}
        disabled={!checked || pending}
        className="w-full sm:w-auto"
      >
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
