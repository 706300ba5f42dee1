"use client";
// Staff enter a bill: its number, dates, lines (added and removed with
// buttons) and live totals computed by the server's own billAmounts. The form
// is never reset: on an error everything typed stays.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { RadioGroup, TextAreaField } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { enterBillAction } from "@/lib/bills/actions";
import { MAX_BILL_LINES, parseAmountCents } from "@/lib/bills/typed";
import { useRouter } from "@/lib/i18n/navigation";
import { BillTotals, type ClinicTax } from "./bill-totals";

type Line = { key: number; description: string; amount: string };

const secondary =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50";

export function BillForm({
  profileId,
  taxes,
  defaultReplyRule,
  today,
}: {
  profileId: string;
  taxes: readonly ClinicTax[];
  defaultReplyRule: "none" | "once" | "unlimited";
  /** The clinic's date today (YYYY-MM-DD). */
  today: string;
}) {
  const t = useTranslations("adminBills");
  const errorText = useErrorText("adminBills");
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(enterBillAction);
  const err = (name: string) => errorText(fieldError(name));
  const [lines, setLines] = useState<Line[]>([{ key: 0, description: "", amount: "" }]);
  const nextKey = useRef(1);
  // After adding or removing a line, focus goes where the keyboard user expects it.
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [lines]);
  useEffect(() => {
    if (state?.ok) router.push(`/admin/patients/${profileId}/communications?billed=1`);
  }, [state, router, profileId]);

  const update = (key: number, patch: Partial<Line>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  function addLine() {
    focusId.current = `description${lines.length}`;
    setLines((all) => [...all, { key: nextKey.current++, description: "", amount: "" }]);
  }
  function removeLine(index: number) {
    focusId.current = index > 0 ? `description${index - 1}` : "add-line";
    setLines((all) => all.filter((_, i) => i !== index));
  }
  const amounts = lines.flatMap((l) => {
    const cents = parseAmountCents(l.amount);
    return cents === null ? [] : [cents];
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <input type="hidden" name="profileId" value={profileId} />
      <Field
        name="number"
        label={t("fields.number")}
        hint={t("fields.numberHint")}
        required
        maxLength={30}
        autoComplete="off"
        error={err("number")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="issuedOn"
          type="date"
          label={t("fields.issuedOn")}
          required
          defaultValue={today}
          error={err("issuedOn")}
        />
        <Field name="dueOn" type="date" label={t("fields.dueOn")} required error={err("dueOn")} />
      </div>
      <fieldset className="space-y-3" aria-describedby="lines-hint">
        <legend className="font-medium">{t("fields.lines")}</legend>
        <p id="lines-hint" className="text-sm text-muted">
          {t("fields.linesHint")}
        </p>
        {err("lines") && (
          <p id="lines-error" className="text-danger">
            {err("lines")}
          </p>
        )}
        <ol className="space-y-3">
          {lines.map((line, i) => (
            <li key={line.key} className="grid items-end gap-2 sm:grid-cols-[1fr_10rem_auto]">
              <Field
                id={`description${i}`}
                name="description"
                label={t("fields.description", { n: i + 1 })}
                maxLength={200}
                value={line.description}
                onChange={(e) => update(line.key, { description: e.target.value })}
                error={err(`description${i}`)}
              />
              <Field
                id={`amount${i}`}
                name="amount"
                label={t("fields.amount", { n: i + 1 })}
                inputMode="decimal"
                autoComplete="off"
                value={line.amount}
                onChange={(e) => update(line.key, { amount: e.target.value })}
                error={err(`amount${i}`)}
              />
              {lines.length > 1 && (
                <button type="button" onClick={() => removeLine(i)} className={secondary}>
                  {t("removeLine", { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        {lines.length < MAX_BILL_LINES && (
          <button id="add-line" type="button" onClick={addLine} className={secondary}>
            {t("addLine")}
          </button>
        )}
      </fieldset>
      <section aria-labelledby="bill-totals" className="space-y-2">
        <h2 id="bill-totals" className="font-medium">
          {t("preview")}
        </h2>
        {taxes.length === 0 && <p className="text-sm text-muted">{t("noTaxes")}</p>}
        <BillTotals amounts={amounts} taxes={taxes} />
      </section>
      <Field
        name="subject"
        label={t("fields.subject")}
        hint={t("fields.subjectHint")}
        maxLength={120}
        autoComplete="off"
        error={err("subject")}
      />
      <TextAreaField
        name="body"
        label={t("fields.body")}
        hint={t("fields.bodyHint")}
        rows={4}
        error={err("body")}
      />
      <RadioGroup
        name="replyRule"
        legend={t("fields.replyRule")}
        error={err("replyRule")}
        defaultValue={defaultReplyRule}
        options={[
          { value: "none", label: t("fields.replyNone") },
          { value: "once", label: t("fields.replyOnce") },
          { value: "unlimited", label: t("fields.replyUnlimited") },
        ]}
      />
      <SubmitButton pending={pending} pendingLabel={t("entering")}>
        {t("enter")}
      </SubmitButton>
    </form>
  );
}
