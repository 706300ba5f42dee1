"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Flow } from "@/lib/booking/loaders";
import { useRouter } from "@/lib/i18n/navigation";
import { REASON_MAX } from "@/lib/appointments/constants";
import { flowHref, withChoice } from "./booking-links";
import { useBookingReason } from "./reason-context";

/**
 * "When and reason" (regular) or "reason" (emergency). The choice of when
 * goes into the URL; the reason stays in the browser (reason-context.tsx)
 * and is posted only with the final booking.
 */
export function WhenForm({
  flow,
  query,
  today,
  initial,
}: {
  flow: Flow;
  query: Record<string, string>;
  today: string;
  initial?: { mode: "asap" } | { mode: "after"; after: string };
}) {
  const t = useTranslations("booking");
  const router = useRouter();
  const { reason, setReason } = useBookingReason();
  const [mode, setMode] = useState<"asap" | "after">(initial?.mode ?? "asap");
  const [tooLong, setTooLong] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get("reason") ?? "");
    if (text.length > REASON_MAX) {
      setTooLong(true);
      return;
    }
    setReason(text);
    const after = String(form.get("after") ?? "");
    const when =
      flow === "emergency" || mode === "asap" || !after
        ? { when: "asap", after: undefined }
        : { when: "after", after: after < today ? today : after };
    router.push(flowHref(flow, withChoice(query, when)));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {flow === "regular" && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("when")}</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="when"
              value="asap"
              checked={mode === "asap"}
              onChange={() => setMode("asap")}
              className="size-5"
            />
            {t("asap")}
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="when"
              value="after"
              checked={mode === "after"}
              onChange={() => setMode("after")}
              className="size-5"
            />
            {t("after")}
          </label>
          {mode === "after" && (
            <div className="ml-7 max-w-xs">
              <Field
                name="after"
                type="date"
                label={t("afterDate")}
                hint={t("afterDateHint")}
                min={today}
                defaultValue={initial?.mode === "after" ? initial.after : today}
                required
              />
            </div>
          )}
        </fieldset>
      )}
      <div>
        <label htmlFor="reason" className="block font-medium">
          {t("reason")}
        </label>
        <p id="reason-hint" className="text-sm text-muted">
          {t("reasonHint")}
        </p>
        <textarea
          id="reason"
          name="reason"
          rows={4}
          defaultValue={reason}
          aria-describedby={tooLong ? "reason-hint reason-error" : "reason-hint"}
          aria-invalid={tooLong || undefined}
          className="mt-1 block w-full rounded-md border border-gray-400 px-3 py-2 aria-[invalid=true]:border-danger"
        />
        {tooLong && (
          <p id="reason-error" className="mt-1 text-sm text-danger">
            {t("reasonHint")}
          </p>
        )}
      </div>
      <SubmitButton>{t("next")}</SubmitButton>
    </form>
  );
}
