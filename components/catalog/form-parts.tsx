"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/result";
import { Link } from "@/lib/i18n/navigation";

export type CatalogSection = "sites" | "specialties" | "practitioners" | "appointmentTypes";

export const CATALOG_PATHS: Record<CatalogSection, string> = {
  sites: "/admin/sites",
  specialties: "/admin/specialties",
  practitioners: "/admin/practitioners",
  appointmentTypes: "/admin/appointment-types",
};

/** After a create: what was done, and where to go next (the form is gone, so nothing is submitted twice). */
export function CreatedNotice({ section, id }: { section: CatalogSection; id: string }) {
  const t = useTranslations("adminCatalog");
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-800 underline";
  return (
    <div className="space-y-3">
      <FormAlert tone="success">{t(`${section}.created`)}</FormAlert>
      <div className="flex flex-wrap gap-x-6">
        <Link href={`${CATALOG_PATHS[section]}/${id}`} className={link}>
          {t("common.openCreated")}
        </Link>
        <Link href={CATALOG_PATHS[section]} className={link}>
          {t(`${section}.backToList`)}
        </Link>
      </div>
    </div>
  );
}

/** The message at the top of a form: the refusal, or "saved" after an edit. */
export function FormOutcome({
  state,
  errorText,
}: {
  state: ActionState<unknown>;
  errorText: (code: string | undefined) => string | undefined;
}) {
  const t = useTranslations("adminCatalog");
  if (!state) return null;
  if (state.ok) return <FormAlert tone="success">{t("common.saved")}</FormAlert>;
  return (
    <FormAlert tone="error">
      {state.code === "invalid" ? t("common.checkFields") : errorText(state.code)}
    </FormAlert>
  );
}

export function CatalogSubmit({ pending, editing }: { pending: boolean; editing: boolean }) {
  const t = useTranslations("adminCatalog");
  return (
    <SubmitButton pending={pending} pendingLabel={t("common.saving")} className="w-full sm:w-auto">
      {editing ? t("common.save") : t("common.create")}
    </SubmitButton>
  );
}
