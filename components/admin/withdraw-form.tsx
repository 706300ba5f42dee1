"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { withdrawCommunicationAction } from "@/lib/communications/staff-actions";

const button =
  "inline-flex min-h-11 items-center rounded-md border bg-white px-3 text-sm font-semibold";

/** Withdrawing asks once more, naming the communication: it cannot be undone. */
export function WithdrawForm({
  communicationId,
  subject,
}: {
  communicationId: string;
  subject: string;
}) {
  const t = useTranslations("adminInbox");
  const { state, pending, onSubmit } = useActionForm(withdrawCommunicationAction);
  const errorText = useErrorText("adminInbox");
  const [confirming, setConfirming] = useState(false);
  if (state?.ok) return <FormAlert tone="success">{t("withdrawn")}</FormAlert>;
  return (
    <div className="space-y-2">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      {confirming ? (
        <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-red-300 p-3">
          <input type="hidden" name="communicationId" value={communicationId} />
          <p className="font-medium">{t("withdrawQuestion", { subject })}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              aria-disabled={pending || undefined}
              className={`${button} border-red-700 text-danger hover:bg-red-50`}
            >
              {t("withdrawConfirm")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={`${button} border-brand-700 text-brand-800 hover:bg-brand-50`}
            >
              {t("withdrawCancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          <button
            type="button"
            onClick={() => setConfirming(true)}
            aria-describedby="withdraw-hint"
            className={`${button} border-red-700 text-danger hover:bg-red-50`}
          >
            {t("withdraw")}
          </button>
          <p id="withdraw-hint" className="text-sm text-muted">
            {t("withdrawHint")}
          </p>
        </>
      )}
    </div>
  );
}
