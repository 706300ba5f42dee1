"use client";
// The exception forms: time off, a one-off extra block, and their remove
// button (the weekly hours have their own editor, week-editor.tsx). A new
// extra block starts with no appointment type ticked: staff choose what it offers. Changes that could leave booked
// appointments outside show them first (ConflictList) and save only when the
// staff member chooses "Save anyway".
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { CheckboxGroup } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/result";
import {
  addExtraBlockAction,
  addTimeOffAction,
  removeExceptionAction,
} from "@/lib/availability/actions";
import type { AvailabilityOutcome } from "@/lib/availability/mutations";
import { ConflictList } from "./conflict-list";
import { SelectField } from "./select-field";
import { useScheduleForm, type ScheduleAction } from "./use-schedule-form";

type Named = { id: string; nameEn: string; nameFr: string };

const name = (row: { nameEn: string; nameFr: string }, locale: string) =>
  locale === "fr" ? row.nameFr : row.nameEn;

/** The form's outcome: the refusal, the conflict step, or "saved". */
function Outcome({
  state,
  visible,
  timeZone,
  savedText,
  pending,
  errorText,
  onBack,
}: {
  state: ActionState<AvailabilityOutcome>;
  visible: boolean;
  timeZone: string;
  savedText: string;
  pending: boolean;
  errorText: (code: string | undefined) => string | undefined;
  onBack: () => void;
}): ReactNode {
  const t = useTranslations("adminAvailability");
  if (!state || !visible) return null;
  if (!state.ok)
    return (
      <FormAlert tone="error">
        {state.code === "invalid" ? t("errors.checkFields") : errorText(state.code)}
      </FormAlert>
    );
  if (state.data && !state.data.saved)
    return (
      <ConflictList
        conflicts={state.data.conflicts}
        timeZone={timeZone}
        pending={pending}
        onBack={onBack}
      />
    );
  const kept = state.data?.conflicts.length ?? 0;
  return (
    <FormAlert tone="success">
      {kept > 0 ? t("savedWithConflicts", { count: kept }) : savedText}
    </FormAlert>
  );
}

/** useScheduleForm plus the conflict step: "Go back" hides the list (nothing was saved) and shows the submit button again. */
function useAvailabilityForm(action: ScheduleAction<AvailabilityOutcome>) {
  const form = useScheduleForm(action, "adminAvailability");
  const [dismissed, setDismissed] = useState<ActionState<AvailabilityOutcome>>(null);
  const { state } = form;
  const visible = state !== dismissed;
  const conflicts =
    visible && state?.ok && state.data && !state.data.saved ? state.data.conflicts : null;
  const outcome = (timeZone: string, savedText: string) => (
    <Outcome
      state={state}
      visible={visible}
      timeZone={timeZone}
      savedText={savedText}
      pending={form.pending}
      errorText={form.errorText}
      onBack={() => setDismissed(state)}
    />
  );
  return { ...form, conflicts, outcome };
}

const timeInput =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 px-3 aria-[invalid=true]:border-danger";

export function TimeOffForm({
  practitionerId,
  sites,
  timeZone,
}: {
  practitionerId: string;
  sites: Named[];
  timeZone: string;
}) {
  const t = useTranslations("adminAvailability");
  const locale = useLocale();
  const { pending, onSubmit, err, conflicts, outcome } = useAvailabilityForm(addTimeOffAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="practitionerId" value={practitionerId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="from"
          id="timeoff-from"
          type="datetime-local"
          step={300}
          label={t("fields.from")}
          required
          error={err("from")}
          className={timeInput}
        />
        <Field
          name="until"
          id="timeoff-until"
          type="datetime-local"
          step={300}
          label={t("fields.until")}
          required
          error={err("until")}
          className={timeInput}
        />
        <SelectField
          name="siteId"
          id="timeoff-siteId"
          label={t("fields.timeOffSite")}
          hint={t("fields.timeOffSiteHint")}
          defaultValue=""
          error={err("siteId")}
        >
          <option value="">{t("fields.allSites")}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {name(s, locale)}
            </option>
          ))}
        </SelectField>
        <Field
          name="note"
          id="timeoff-note"
          label={t("fields.note")}
          hint={t("fields.noteHint")}
          maxLength={200}
          autoComplete="off"
          error={err("note")}
        />
      </div>
      {outcome(timeZone, t("timeOffCreated"))}
      {!conflicts && (
        <SubmitButton pending={pending} pendingLabel={t("saving")} className="w-full sm:w-auto">
          {t("addTimeOff")}
        </SubmitButton>
      )}
    </form>
  );
}

export function ExtraBlockForm({
  practitionerId,
  sites,
  types,
  timeZone,
  today,
}: {
  practitionerId: string;
  sites: Named[];
  types: Named[];
  timeZone: string;
  today: string;
}) {
  const t = useTranslations("adminAvailability");
  const locale = useLocale();
  const { pending, onSubmit, err, outcome } = useAvailabilityForm(addExtraBlockAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="practitionerId" value={practitionerId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="siteId"
          id="extra-siteId"
          label={t("fields.site")}
          required
          defaultValue={sites[0]?.id}
          error={err("siteId")}
        >
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {name(s, locale)}
            </option>
          ))}
        </SelectField>
        <Field
          name="date"
          id="extra-date"
          type="date"
          label={t("fields.date")}
          required
          defaultValue={today}
          error={err("date")}
          className={timeInput}
        />
        <Field
          name="start"
          id="extra-start"
          type="time"
          step={300}
          label={t("fields.start")}
          hint={t("fields.timeHint")}
          required
          defaultValue="09:00"
          error={err("start")}
          className={timeInput}
        />
        <Field
          name="end"
          id="extra-end"
          type="time"
          step={300}
          label={t("fields.end")}
          required
          defaultValue="12:00"
          error={err("end")}
          className={timeInput}
        />
      </div>
      <CheckboxGroup
        name="typeIds"
        id="extra-typeIds"
        legend={t("fields.types")}
        hint={t("fields.typesHint")}
        error={err("typeIds")}
        options={types.map((ty) => ({ value: ty.id, label: name(ty, locale) }))}
        checked={[]}
        empty={t("fields.noTypes")}
      />
      <p className="text-sm text-muted">{t("extraHint")}</p>
      {outcome(timeZone, t("extraCreated"))}
      <SubmitButton pending={pending} pendingLabel={t("saving")} className="w-full sm:w-auto">
        {t("addExtra")}
      </SubmitButton>
    </form>
  );
}

/** Removes an exception; the conflict step appears when booked appointments would be left outside. */
export function RemoveForm({
  id,
  practitionerId,
  label,
  timeZone,
}: {
  id: string;
  practitionerId: string;
  label: string;
  timeZone: string;
}) {
  const t = useTranslations("adminAvailability");
  const { pending, onSubmit, conflicts, outcome } = useAvailabilityForm(removeExceptionAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="practitionerId" value={practitionerId} />
      {outcome(timeZone, t("removed"))}
      {!conflicts && (
        <button
          type="submit"
          aria-disabled={pending || undefined}
          aria-label={label}
          className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-danger hover:bg-red-50"
        >
          {t("remove")}
        </button>
      )}
    </form>
  );
}
