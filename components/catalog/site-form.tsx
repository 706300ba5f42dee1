"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { createSiteAction, updateSiteAction } from "@/lib/catalog/actions";
import type { SiteKindValue } from "@/lib/catalog/constants";
import { CheckboxField, SelectField } from "./inputs";
import { CatalogSubmit, CreatedNotice, FormOutcome } from "./form-parts";
import { useCatalogForm, type CatalogAction } from "./use-catalog-form";

export type SiteValues = {
  id: string;
  nameEn: string;
  nameFr: string;
  kind: SiteKindValue;
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
  active: boolean;
};

/** Adds a site, or edits one (`site`). The address is asked for physical sites only. */
export function SiteForm({ site }: { site?: SiteValues }) {
  const t = useTranslations("adminCatalog");
  const { state, pending, onSubmit, err, errorText } = useCatalogForm(
    (site ? updateSiteAction : createSiteAction) as CatalogAction,
  );
  const [kind, setKind] = useState<SiteKindValue>(site?.kind ?? "physical");
  if (!site && state?.ok && state.data) return <CreatedNotice section="sites" id={state.data.id} />;
  const physical = kind === "physical";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome state={state} errorText={errorText} />
      {site && <input type="hidden" name="id" value={site.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="nameEn"
          label={t("sites.fields.nameEn")}
          lang="en"
          required
          autoComplete="off"
          defaultValue={site?.nameEn}
          error={err("nameEn")}
        />
        <Field
          name="nameFr"
          label={t("sites.fields.nameFr")}
          lang="fr"
          required
          autoComplete="off"
          defaultValue={site?.nameFr}
          error={err("nameFr")}
        />
        <SelectField
          name="kind"
          label={t("sites.fields.kind")}
          required
          value={kind}
          onChange={(e) => setKind(e.target.value as SiteKindValue)}
          error={err("kind")}
        >
          <option value="physical">{t("sites.kinds.physical")}</option>
          <option value="virtual">{t("sites.kinds.virtual")}</option>
        </SelectField>
        <Field
          name="phone"
          type="tel"
          label={t("sites.fields.phone")}
          hint={t("sites.fields.phoneHint")}
          autoComplete="off"
          defaultValue={site?.phone ?? ""}
          error={err("phone")}
        />
      </div>
      {/* Hidden, not removed, for a virtual site: switching back keeps what was typed (the server ignores it). */}
      <div hidden={!physical} className="grid gap-4 sm:grid-cols-2">
        <Field
          name="addressLine"
          label={t("sites.fields.addressLine")}
          required
          autoComplete="off"
          defaultValue={site?.addressLine ?? ""}
          error={err("addressLine")}
        />
        <Field
          name="city"
          label={t("sites.fields.city")}
          required
          autoComplete="off"
          defaultValue={site?.city ?? ""}
          error={err("city")}
        />
        <Field
          name="postalCode"
          label={t("sites.fields.postalCode")}
          hint={t("sites.fields.postalCodeHint")}
          required
          autoComplete="off"
          defaultValue={site?.postalCode ?? ""}
          error={err("postalCode")}
        />
      </div>
      {!physical && <p className="text-muted">{t("sites.virtualHint")}</p>}
      <CheckboxField
        name="active"
        label={t("sites.fields.active")}
        hint={t("sites.fields.activeHint")}
        defaultChecked={site?.active ?? true}
      />
      <CatalogSubmit pending={pending} editing={Boolean(site)} />
    </form>
  );
}
