"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { bookAppointmentAction } from "@/lib/appointments/actions";
import { REASON_MAX } from "@/lib/appointments/constants";
import type { Flow } from "@/lib/booking/loaders";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { flowHref } from "./booking-links";
import { useBookingReason } from "./reason-context";
import { useErrorText } from "@/components/forms/use-error-text";

/**
 * The final step: the reason (kept in the browser until now, editable here)
 * is posted with the slot. A slot someone else just took redraws this page,
 * which then offers the next free time; one no longer bookable online sends
 * the patient back to the same week, re-queried, with a message saying so.
 */
export function ConfirmBookingForm({
  flow,
  query,
  slot,
}: {
  flow: Flow;
  query: Record<string, string>;
  slot: {
    profileId: string;
    practitionerId: string;
    siteId: string;
    typeId: string;
    startsAt: string;
  };
}) {
  const t = useTranslations("booking");
  const errorText = useErrorText("appointments");
  const router = useRouter();
  const { reason, setReason } = useBookingReason();
  const { state, pending, onSubmit, fieldError } = useActionForm(bookAppointmentAction);

  useEffect(() => {
    if (!state) return;
    if (state.ok && state.data) {
      setReason("");
      router.push(
        flowHref(flow, { profile: query.profile, appointment: state.data.appointmentId }, "/done"),
      );
    } else if (!state.ok && state.code === "slotTaken") {
      // Taken by someone else: this page, drawn again, offers the next free time and says why.
      router.refresh();
    } else if (!state.ok && state.code === "slotUnavailable") {
      // No longer bookable online (the notice ran out): back to the grid, which says so.
      router.push(flowHref(flow, { ...query, unavailable: "1" }));
    }
  }, [state, flow, query, router, setReason]);

  const failure =
    state && !state.ok && state.code !== "slotTaken" && state.code !== "slotUnavailable"
      ? state.code
      : undefined;
  const reasonError = fieldError("reason");
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {failure && <FormAlert tone="error">{errorText(failure)}</FormAlert>}
      {Object.entries(slot).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="reason" className="block font-medium">
          {t("reason")}
        </label>
        <p id="reason-hint" className="text-sm text-muted">
          {t("reasonHint")}
        </p>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={REASON_MAX}
          defaultValue={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
          aria-invalid={reasonError ? true : undefined}
          className="mt-1 block w-full rounded-md border border-gray-400 px-3 py-2"
        />
        {reasonError && (
          <p id="reason-error" className="mt-1 text-sm text-danger">
            {errorText(reasonError)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <Link
          href={flowHref(flow, query)}
          className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
        >
          {t("back")}
        </Link>
        <SubmitButton
          pending={pending}
          pendingLabel={t("booking")}
          disabled={pending || (state?.ok ?? false)}
        >
          {t("confirm")}
        </SubmitButton>
      </div>
    </form>
  );
}
