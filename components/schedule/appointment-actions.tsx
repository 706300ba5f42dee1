"use client";
// What staff do with one appointment: cancel it with a reason the patient
// sees, record attendance once it has started, write the note for the visit.
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/catalog/inputs";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/result";
import {
  attendanceAction,
  cancelAppointmentAction,
  clinicNoteAction,
} from "@/lib/appointment-book/actions";
import { useScheduleForm } from "./use-schedule-form";

function Outcome({
  state,
  errorText,
  success,
}: {
  state: ActionState<unknown>;
  errorText: (code: string | undefined) => string | undefined;
  success: string;
}) {
  const t = useTranslations("adminBook");
  if (!state) return null;
  if (state.ok) return <FormAlert tone="success">{success}</FormAlert>;
  return (
    <FormAlert tone="error">
      {state.code === "invalid" ? t("errors.checkFields") : errorText(state.code)}
    </FormAlert>
  );
}

/**
 * Stays mounted once the page re-renders the appointment as cancelled
 * (`cancellable` false), so the confirmation is still there to read.
 */
export function CancelAppointmentForm({
  appointmentId,
  cancellable,
}: {
  appointmentId: string;
  cancellable: boolean;
}) {
  const t = useTranslations("adminBook.cancel");
  const { state, pending, onSubmit, err, errorText } = useScheduleForm(
    cancelAppointmentAction,
    "adminBook",
  );
  if (state?.ok) return <FormAlert tone="success">{t("done")}</FormAlert>;
  if (!cancellable) return <p>{t("isCancelled")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Outcome state={state} errorText={errorText} success={t("done")} />
      <TextAreaField
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        required
        maxLength={500}
        error={err("reason")}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("pending")}
        className="w-full bg-red-700 hover:bg-red-800 sm:w-auto"
      >
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function AttendanceForm({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("adminBook.attendance");
  const { state, pending, onSubmit, errorText } = useScheduleForm(attendanceAction, "adminBook");
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Outcome state={state} errorText={errorText} success={t("done")} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="outcome" value="completed" pending={pending}>
          {t("completed")}
        </SubmitButton>
        <SubmitButton
          name="outcome"
          value="noShow"
          pending={pending}
          className="bg-amber-800 hover:bg-amber-900"
        >
          {t("noShow")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ClinicNoteForm({
  appointmentId,
  note,
}: {
  appointmentId: string;
  note: string | null;
}) {
  const t = useTranslations("adminBook.note");
  const { state, pending, onSubmit, err, errorText } = useScheduleForm(
    clinicNoteAction,
    "adminBook",
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <Outcome state={state} errorText={errorText} success={t("done")} />
      <TextAreaField
        name="note"
        label={t("label")}
        hint={t("hint")}
        maxLength={2000}
        defaultValue={note ?? ""}
        error={err("note")}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
