"use client";
// An unpaid bill is marked paid in one click; voiding asks once more, naming
// the bill, since it cannot be undone. Each answer is said beside its button.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { setBillStatusAction } from "@/lib/bills/actions";

const button =
  "inline-flex min-h-11 items-center rounded-md border bg-white px-3 text-sm font-semibold";
const neutral = `${button} border-brand-700 text-brand-800 hover:bg-brand-50`;
const danger = `${button} border-red-700 text-danger hover:bg-red-50`;

export function BillStatusActions({ billId, number }: { billId: string; number: string }) {
  const t = useTranslations("adminBills");
  const errorText = useErrorText("adminBills");
  const { state, pending, onSubmit } = useActionForm(setBillStatusAction);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok)
    return (
      <FormAlert tone="success">
        {state.data?.status === "paid" ? t("markedPaid") : t("voided")}
      </FormAlert>
    );
  return (
    <div className="space-y-2">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      {confirming ? (
        <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-red-300 p-3">
          <input type="hidden" name="billId" value={billId} />
          <input type="hidden" name="status" value="void" />
          <p className="font-medium">{t("voidQuestion", { number })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" aria-disabled={pending || undefined} className={danger}>
              {t("voidConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={neutral}>
              {t("voidCancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <form onSubmit={onSubmit}>
            <input type="hidden" name="billId" value={billId} />
            <input type="hidden" name="status" value="paid" />
            <button type="submit" aria-disabled={pending || undefined} className={neutral}>
              {t("markPaid")}
            </button>
          </form>
          <button type="button" onClick={() => setConfirming(true)} className={danger}>
            {t("void")}
          </button>
        </div>
      )}
    </div>
  );
}
