"use client";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { schedulingSettingsAction } from "@/lib/appointment-book/actions";
import { useScheduleForm } from "./use-schedule-form";

export type SchedulingSettingsValues = {
  confirmationWindowHours: number;
  cancellationCutoffHours: number;
  minBookingNoticeHours: number;
  maxBookingHorizonDays: number;
  reminderLeadHours: number[];
  emergencyBookingEnabled: boolean;
};

const NUMBERS = [
  ["confirmationWindowHours", 0, 720],
  ["cancellationCutoffHours", 0, 720],
  ["minBookingNoticeHours", 0, 720],
  ["maxBookingHorizonDays", 1, 730],
] as const;

export function SchedulingSettingsForm({ values }: { values: SchedulingSettingsValues }) {
  const t = useTranslations("adminScheduling");
  const { state, pending, onSubmit, err, errorText } = useScheduleForm(
    schedulingSettingsAction,
    "adminScheduling",
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state &&
        (state.ok ? (
          <FormAlert tone="success">{t("saved")}</FormAlert>
        ) : (
          <FormAlert tone="error">
            {state.code === "invalid" ? t("errors.checkFields") : errorText(state.code)}
          </FormAlert>
        ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map(([name, min, max]) => (
          <Field
            key={name}
            name={name}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            label={t(`fields.${name}`)}
            hint={t(`hints.${name}`)}
            required
            defaultValue={values[name]}
            error={err(name)}
          />
        ))}
        <Field
          name="reminderLeadHours"
          label={t("fields.reminderLeadHours")}
          hint={t("hints.reminderLeadHours")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.reminderLeadHours.join(", ")}
          error={err("reminderLeadHours")}
        />
      </div>
      <CheckboxField
        name="emergencyBookingEnabled"
        label={t("fields.emergencyBookingEnabled")}
        hint={t("hints.emergencyBookingEnabled")}
        defaultChecked={values.emergencyBookingEnabled}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")} className="w-full sm:w-auto">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
