"use client";
import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/lib/i18n/navigation";
import { activateAction } from "@/lib/registration/actions";

/** The one button that activates (the GET of the emailed link only shows it, AU-18). */
export function ActivateForm({ token }: { token: string }) {
  const t = useTranslations("activate");
  const tf = useTranslations("forms");
  const locale = useLocale();
  const { state, pending, onSubmit } = useActionForm(activateAction);
  const reason = state && !state.ok ? state.code : null;
  if (reason === "expired" || reason === "used" || reason === "invalid")
    return <TokenProblem reason={reason} />;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {reason && (
        <FormAlert tone="error">{tf(`errors.${reason}` as "errors.unexpected")}</FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton pending={pending} pendingLabel={t("submitting")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** Why a link does not work, and how to get a new one. */
export function TokenProblem({ reason }: { reason: "expired" | "used" | "invalid" }) {
  const t = useTranslations("activate");
  return (
    <div className="space-y-3">
      <FormAlert tone="error">{t(`problem.${reason}`)}</FormAlert>
      <p>
        <Link
          href="/activate"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t("newLink")}
        </Link>
      </p>
      <p>
        <Link href="/login" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </p>
    </div>
  );
}
