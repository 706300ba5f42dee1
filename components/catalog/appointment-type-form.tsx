"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { createAppointmentTypeAction, updateAppointmentTypeAction } from "@/lib/catalog/actions";
import { DURATION, type AppointmentKindValue } from "@/lib/catalog/constants";
import { localName, practitionerName } from "@/lib/catalog/names";
import { CheckboxField, SelectField, TextAreaField } from "./inputs";
import { CatalogSubmit, CreatedNotice, FormOutcome } from "./form-parts";
import { useCatalogForm, type CatalogAction } from "./use-catalog-form";

export type AppointmentTypeValues = {
  id: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string | null;
  descriptionFr: string | null;
  durationMinutes: number;
  kind: AppointmentKindValue;
  specialtyId: string | null;
  practitionerId: string | null;
  bookableOnline: boolean;
  active: boolean;
};

type SpecialtyChoice = { id: string; nameEn: string; nameFr: string };
type PractitionerChoice = {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  active: boolean;
};

export function AppointmentTypeForm({
  type,
  specialties,
  practitioners,
}: {
  type?: AppointmentTypeValues;
  specialties: SpecialtyChoice[];
  practitioners: PractitionerChoice[];
}) {
  const t = useTranslations("adminCatalog");
  const locale = useLocale();
  const { state, pending, onSubmit, err, errorText } = useCatalogForm(
    (type ? updateAppointmentTypeAction : createAppointmentTypeAction) as CatalogAction,
  );
  const [kind, setKind] = useState<AppointmentKindValue>(type?.kind ?? "regular");
  if (!type && state?.ok && state.data)
    return <CreatedNotice section="appointmentTypes" id={state.data.id} />;
  const emergency = kind === "emergency";
  const scopeError = err("scope");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormOutcome state={state} errorText={errorText} />
      {type && <input type="hidden" name="id" value={type.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="nameEn"
          label={t("appointmentTypes.fields.nameEn")}
          lang="en"
          required
          autoComplete="off"
          defaultValue={type?.nameEn}
          error={err("nameEn")}
        />
        <Field
          name="nameFr"
          label={t("appointmentTypes.fields.nameFr")}
          lang="fr"
          required
          autoComplete="off"
          defaultValue={type?.nameFr}
          error={err("nameFr")}
        />
        <Field
          name="durationMinutes"
          label={t("appointmentTypes.fields.duration")}
          hint={t("appointmentTypes.fields.durationHint", DURATION)}
          required
          inputMode="numeric"
          autoComplete="off"
          defaultValue={type ? String(type.durationMinutes) : ""}
          error={err("durationMinutes")}
        />
        <SelectField
          name="kind"
          label={t("appointmentTypes.fields.kind")}
          required
          value={kind}
          onChange={(e) => setKind(e.target.value as AppointmentKindValue)}
          error={err("kind")}
        >
          <option value="regular">{t("appointmentTypes.kinds.regular")}</option>
          <option value="emergency">{t("appointmentTypes.kinds.emergency")}</option>
        </SelectField>
      </div>
      <fieldset
        aria-describedby={scopeError ? "scope-hint scope-error" : "scope-hint"}
        className="space-y-3 rounded-lg border border-gray-200 p-4"
      >
        <legend className="px-1 font-semibold">{t("appointmentTypes.fields.scope")}</legend>
        <p id="scope-hint" className="text-sm text-muted">
          {t("appointmentTypes.fields.scopeHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="specialtyId"
            label={t("appointmentTypes.fields.specialty")}
            defaultValue={type?.specialtyId ?? ""}
            error={err("specialtyId")}
          >
            <option value="">{t("appointmentTypes.fields.anySpecialty")}</option>
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {localName(s, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="practitionerId"
            label={t("appointmentTypes.fields.practitioner")}
            defaultValue={type?.practitionerId ?? ""}
            error={err("practitionerId")}
          >
            <option value="">{t("appointmentTypes.fields.anyPractitioner")}</option>
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.active
                  ? practitionerName(p)
                  : `${practitionerName(p)} (${t("common.inactive")})`}
              </option>
            ))}
          </SelectField>
        </div>
        {scopeError && (
          <p id="scope-error" className="text-sm text-danger">
            {scopeError}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextAreaField
          name="descriptionEn"
          label={t("appointmentTypes.fields.descriptionEn")}
          hint={
            emergency
              ? t("appointmentTypes.fields.descriptionEmergencyHint")
              : t("appointmentTypes.fields.descriptionHint")
          }
          lang="en"
          required={emergency}
          maxLength={300}
          defaultValue={type?.descriptionEn ?? ""}
          error={err("descriptionEn")}
        />
        <TextAreaField
          name="descriptionFr"
          label={t("appointmentTypes.fields.descriptionFr")}
          hint={
            emergency
              ? t("appointmentTypes.fields.descriptionEmergencyHint")
              : t("appointmentTypes.fields.descriptionHint")
          }
          lang="fr"
          required={emergency}
          maxLength={300}
          defaultValue={type?.descriptionFr ?? ""}
          error={err("descriptionFr")}
        />
      </div>
      <div className="space-y-1">
        <CheckboxField
          name="bookableOnline"
          label={t("appointmentTypes.fields.bookableOnline")}
          hint={t("appointmentTypes.fields.bookableOnlineHint")}
          defaultChecked={type?.bookableOnline ?? true}
        />
        <CheckboxField
          name="active"
          label={t("appointmentTypes.fields.active")}
          hint={t("appointmentTypes.fields.activeHint")}
          defaultChecked={type?.active ?? true}
        />
      </div>
      <CatalogSubmit pending={pending} editing={Boolean(type)} />
    </form>
  );
}
