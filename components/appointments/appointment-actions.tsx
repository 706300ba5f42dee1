"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { cancelAppointmentAction, confirmAppointmentAction } from "@/lib/appointments/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/**
 * Confirm and cancel for one appointment. The server decided what is allowed
 * (lib/appointments/rules.ts) and says why not otherwise; cancelling asks
 * "are you sure?" first, with a way back. That the appointment is confirmed is
 * said once: the notice after confirming here stays through the page's refresh,
 * in place of the statement a confirmed appointment otherwise shows.
 */
export function AppointmentActions({
  profileId,
  appointmentId,
  confirmed,
  canConfirm,
  canCancel,
  cancelQuestion,
}: {
  profileId: string;
  appointmentId: string;
  /** Already confirmed when the page was rendered. */
  confirmed: boolean;
  canConfirm: boolean;
  canCancel: boolean;
  cancelQuestion: string;
}) {
  const t = useTranslations("appointments.actions");
  const errorText = useErrorText("appointments");
  const router = useRouter();
  const confirm = useActionForm(confirmAppointmentAction);
  const cancel = useActionForm(cancelAppointmentAction);
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLParagraphElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirm.state?.ok || cancel.state?.ok) router.refresh();
  }, [confirm.state, cancel.state, router]);
  useEffect(() => {
    if (asking) askRef.current?.focus();
  }, [asking]);

  if (!confirmed && !canConfirm && !canCancel && !confirm.state && !cancel.state) return null;
  const hidden = (
    <>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
    </>
  );
  const failure =
    (confirm.state && !confirm.state.ok && confirm.state.code) ||
    (cancel.state && !cancel.state.ok && cancel.state.code) ||
    undefined;
  return (
    <div className="mt-3 space-y-3">
      {confirm.state?.ok ? (
        <FormAlert tone="success">{t("confirmed")}</FormAlert>
      ) : (
        confirmed && <p className="text-green-800">{t("confirmed")}</p>
      )}
      {cancel.state?.ok && <FormAlert tone="success">{t("cancelled")}</FormAlert>}
      {failure && <FormAlert tone="error">{errorText(failure)}</FormAlert>}
      {!asking && (
        <div className="flex flex-wrap gap-3">
          {canConfirm && !confirm.state?.ok && (
            <form onSubmit={confirm.onSubmit}>
              {hidden}
              <SubmitButton pending={confirm.pending} pendingLabel={t("working")}>
                {t("confirm")}
              </SubmitButton>
            </form>
          )}
          {canCancel && !cancel.state?.ok && (
            <button
              ref={cancelButtonRef}
              type="button"
              onClick={() => setAsking(true)}
              className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
            >
              {t("cancel")}
            </button>
          )}
        </div>
      )}
      {asking && !cancel.state?.ok && (
        <form
          onSubmit={cancel.onSubmit}
          className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3"
        >
          {hidden}
          <p ref={askRef} tabIndex={-1} className="font-medium">
            {cancelQuestion}
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton
              pending={cancel.pending}
              pendingLabel={t("working")}
              className="bg-red-700 hover:bg-red-800"
            >
              {t("cancelYes")}
            </SubmitButton>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                requestAnimationFrame(() => cancelButtonRef.current?.focus());
              }}
              className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
            >
              {t("cancelBack")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
