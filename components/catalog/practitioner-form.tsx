"use client";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { createPractitionerAction, updatePractitionerAction } from "@/lib/catalog/actions";
import { localName } from "@/lib/catalog/names";
import { CheckboxField, CheckboxGroup } from "./inputs";
import { CatalogSubmit, CreatedNotice, FormOutcome } from "./form-parts";
import { useCatalogForm, type CatalogAction } from "./use-catalog-form";

export type PractitionerValues = {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  bookableOnline: boolean;
  acceptingNewPatients: boolean;
  active: boolean;
  specialtyIds: string[];
  siteIds: string[];
};

type Choice = { id: string; nameEn: string; nameFr: string; active?: boolean };

export function PractitionerForm({
  practitioner,
  specialties,
  sites,
}: {
  practitioner?: PractitionerValues;
  specialties: Choice[];
  sites: Choice[];
}) {
  const t = useTranslations("adminCatalog");
  const locale = useLocale();
  const { state, pending, onSubmit, err, errorText } = useCatalogForm(
    (practitioner ? updatePractitionerAction : createPractitionerAction) as CatalogAction,
  );
  if (!practitioner && state?.ok && state.data)
    return <CreatedNotice section="practitioners" id={state.data.id} />;
  const option = (c: Choice) => ({
    value: c.id,
    label:
      c.active === false
        ? `${localName(c, locale)} (${t("common.inactive")})`
        : localName(c, locale),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormOutcome state={state} errorText={errorText} />
      {practitioner && <input type="hidden" name="id" value={practitioner.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="title"
          label={t("practitioners.fields.title")}
          hint={t("practitioners.fields.titleHint")}
          autoComplete="off"
          defaultValue={practitioner?.title}
          error={err("title")}
        />
        <Field
          name="firstName"
          label={t("practitioners.fields.firstName")}
          required
          autoComplete="off"
          defaultValue={practitioner?.firstName}
          error={err("firstName")}
        />
        <Field
          name="lastName"
          label={t("practitioners.fields.lastName")}
          required
          autoComplete="off"
          defaultValue={practitioner?.lastName}
          error={err("lastName")}
        />
      </div>
      <CheckboxGroup
        name="specialtyIds"
        legend={t("practitioners.fields.specialties")}
        options={specialties.map(option)}
        checked={practitioner?.specialtyIds ?? []}
        empty={t("practitioners.noSpecialties")}
        error={err("specialtyIds")}
      />
      <CheckboxGroup
        name="siteIds"
        legend={t("practitioners.fields.sites")}
        hint={t("practitioners.fields.sitesHint")}
        options={sites.map(option)}
        checked={practitioner?.siteIds ?? []}
        empty={t("practitioners.noSites")}
        error={err("siteIds")}
      />
      <div className="space-y-1">
        <CheckboxField
          name="bookableOnline"
          label={t("practitioners.fields.bookableOnline")}
          hint={t("practitioners.fields.bookableOnlineHint")}
          defaultChecked={practitioner?.bookableOnline ?? true}
        />
        <CheckboxField
          name="acceptingNewPatients"
          label={t("practitioners.fields.acceptingNewPatients")}
          hint={t("practitioners.fields.acceptingNewPatientsHint")}
          defaultChecked={practitioner?.acceptingNewPatients ?? true}
        />
        <CheckboxField
          name="active"
          label={t("practitioners.fields.active")}
          hint={t("practitioners.fields.activeHint")}
          defaultChecked={practitioner?.active ?? true}
        />
      </div>
      <CatalogSubmit pending={pending} editing={Boolean(practitioner)} />
    </form>
  );
}
