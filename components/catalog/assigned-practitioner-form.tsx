"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormAlert } from "@/components/forms/form-alert";
import { assignPractitionerAction } from "@/lib/catalog/actions";
import { practitionerName } from "@/lib/catalog/names";
import { SelectField } from "./inputs";
import { useCatalogForm, type CatalogAction } from "./use-catalog-form";

type Choice = { id: string; title: string; firstName: string; lastName: string; active: boolean };

/** Sets or clears (the "none" option) the practitioner a patient is assigned to. */
export function AssignedPractitionerForm({
  profileId,
  current,
  choices,
}: {
  profileId: string;
  current: string | null;
  choices: Choice[];
}) {
  const t = useTranslations("adminCatalog.assignment");
  const { state, pending, onSubmit, err, errorText } = useCatalogForm(
    assignPractitionerAction as CatalogAction,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("saved")}</FormAlert>}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <input type="hidden" name="profileId" value={profileId} />
      <SelectField
        name="practitionerId"
        label={t("label")}
        hint={t("hint")}
        defaultValue={current ?? ""}
        error={err("practitionerId")}
      >
        <option value="">{t("none")}</option>
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.active ? practitionerName(p) : t("inactive", { name: practitionerName(p) })}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={pending} pendingLabel={t("saving")} className="w-full sm:w-auto">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
