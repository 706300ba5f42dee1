"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { createSpecialtyAction, updateSpecialtyAction } from "@/lib/catalog/actions";
import { CatalogSubmit, CreatedNotice, FormOutcome } from "./form-parts";
import { useCatalogForm, type CatalogAction } from "./use-catalog-form";

export type SpecialtyValues = { id: string; nameEn: string; nameFr: string };

export function SpecialtyForm({ specialty }: { specialty?: SpecialtyValues }) {
  const t = useTranslations("adminCatalog");
  const { state, pending, onSubmit, err, errorText } = useCatalogForm(
    (specialty ? updateSpecialtyAction : createSpecialtyAction) as CatalogAction,
  );
  if (!specialty && state?.ok && state.data)
    return <CreatedNotice section="specialties" id={state.data.id} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome state={state} errorText={errorText} />
      {specialty && <input type="hidden" name="id" value={specialty.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="nameEn"
          label={t("specialties.fields.nameEn")}
          hint={t("specialties.fields.nameEnHint")}
          lang="en"
          required
          autoComplete="off"
          defaultValue={specialty?.nameEn}
          error={err("nameEn")}
        />
        <Field
          name="nameFr"
          label={t("specialties.fields.nameFr")}
          lang="fr"
          required
          autoComplete="off"
          defaultValue={specialty?.nameFr}
          error={err("nameFr")}
        />
      </div>
      <CatalogSubmit pending={pending} editing={Boolean(specialty)} />
    </form>
  );
}
