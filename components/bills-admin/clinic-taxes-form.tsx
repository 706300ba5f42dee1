"use client";
// The clinic's taxes as a short list: each a name in both languages and a rate
// in percent. Saving replaces the list; bills already entered keep theirs.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { saveClinicTaxesAction } from "@/lib/bills/actions";
import { MAX_CLINIC_TAXES } from "@/lib/bills/typed";
import type { ClinicTax } from "./bill-totals";

type Row = { key: number; nameEn: string; nameFr: string; rate: string };

const secondary =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50";

export function ClinicTaxesForm({ taxes }: { taxes: readonly ClinicTax[] }) {
  const t = useTranslations("adminBills");
  const locale = useLocale();
  const errorText = useErrorText("adminBills");
  const { state, pending, onSubmit, fieldError } = useActionForm(saveClinicTaxesAction);
  const err = (name: string) => errorText(fieldError(name));
  // A rate in ppm as the admin types it: 99750 → "9.975" ("9,975" in French).
  const typed = (ppm: number) => {
    const text = String(ppm / 10_000);
    return locale === "fr" ? text.replace(".", ",") : text;
  };
  const [rows, setRows] = useState<Row[]>(() =>
    taxes.map((tax, key) => ({
      key,
      nameEn: tax.nameEn,
      nameFr: tax.nameFr,
      rate: typed(tax.ratePpm),
    })),
  );
  const nextKey = useRef(taxes.length);
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [rows]);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  function addRow() {
    focusId.current = `nameEn${rows.length}`;
    setRows((all) => [...all, { key: nextKey.current++, nameEn: "", nameFr: "", rate: "" }]);
  }
  function removeRow(index: number) {
    focusId.current = "add-tax";
    setRows((all) => all.filter((_, i) => i !== index));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("taxesSaved")}</FormAlert>}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      {err("taxes") && <p className="text-danger">{err("taxes")}</p>}
      {rows.length === 0 && <p>{t("noTaxes")}</p>}
      <ol className="space-y-4">
        {rows.map((row, i) => (
          <li key={row.key}>
            <fieldset className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_8rem_auto]">
              <legend className="sr-only">{t("taxName", { n: i + 1 })}</legend>
              <Field
                id={`nameEn${i}`}
                name="nameEn"
                label={t("taxNameEn", { n: i + 1 })}
                maxLength={40}
                value={row.nameEn}
                onChange={(e) => update(row.key, { nameEn: e.target.value })}
                error={err(`nameEn${i}`)}
              />
              <Field
                id={`nameFr${i}`}
                name="nameFr"
                label={t("taxNameFr", { n: i + 1 })}
                maxLength={40}
                value={row.nameFr}
                onChange={(e) => update(row.key, { nameFr: e.target.value })}
                error={err(`nameFr${i}`)}
              />
              <Field
                id={`rate${i}`}
                name="rate"
                label={t("taxRate", { n: i + 1 })}
                inputMode="decimal"
                autoComplete="off"
                value={row.rate}
                onChange={(e) => update(row.key, { rate: e.target.value })}
                error={err(`rate${i}`)}
              />
              <button type="button" onClick={() => removeRow(i)} className={secondary}>
                {t("removeTax", { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        {rows.length < MAX_CLINIC_TAXES && (
          <button id="add-tax" type="button" onClick={addRow} className={secondary}>
            {t("addTax")}
          </button>
        )}
        <SubmitButton pending={pending} pendingLabel={t("savingTaxes")}>
          {t("saveTaxes")}
        </SubmitButton>
      </div>
    </form>
  );
}
