"use client";
// The last step of staff booking: a week of slots (days as rows), the reason,
// Book. When someone else took the slot meanwhile, the answer says so and the
// grid is read again (router.refresh) so the taken time disappears.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { TextAreaField } from "@/components/catalog/inputs";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { staffBookAction } from "@/lib/appointment-book/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { useScheduleForm } from "./use-schedule-form";

export type GridDay = { date: string; title: string; slots: { value: string; label: string }[] };

export function StaffBookingForm({
  profileId,
  typeId,
  days,
}: {
  profileId: string;
  typeId: string;
  days: GridDay[];
}) {
  const t = useTranslations("adminBook.booking");
  const errors = useTranslations("adminBook.errors");
  const router = useRouter();
  const { state, pending, onSubmit, err, errorText } = useScheduleForm(
    staffBookAction,
    "adminBook",
  );
  const taken = state && !state.ok && state.code === "slotTaken";
  useEffect(() => {
    if (taken) router.refresh();
  }, [taken, state, router]);
  if (state?.ok && state.data) {
    return (
      <div className="space-y-3">
        <FormAlert tone="success">{t("done")}</FormAlert>
        <Link
          href={`/admin/appointments/${state.data.appointmentId}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
        >
          {t("openBooked")}
        </Link>
      </div>
    );
  }
  const slotError = err("slot");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="typeId" value={typeId} />
      {state && !state.ok && (
        <FormAlert tone="error">
          {state.code === "invalid" ? errors("checkFields") : errorText(state.code)}
        </FormAlert>
      )}
      <fieldset aria-describedby={slotError ? "slot-error" : undefined} className="space-y-3">
        <legend className="text-lg font-semibold">{t("slots")}</legend>
        {slotError && (
          <p id="slot-error" className="text-sm text-danger">
            {slotError}
          </p>
        )}
        {days.map((day) => (
          <div key={day.date} className="rounded-lg border border-gray-200 p-3">
            <h3 className="font-semibold">{day.title}</h3>
            {day.slots.length === 0 ? (
              <p className="text-muted">{t("noAvailability")}</p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-2">
                {day.slots.map((s) => (
                  <li key={s.value}>
                    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                      <input type="radio" name="slot" value={s.value} className="size-5" />
                      <span>{s.label}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </fieldset>
      <TextAreaField
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        required
        maxLength={500}
        error={err("reason")}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
