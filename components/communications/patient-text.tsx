"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAX_PATIENT_TEXT, visibleLength } from "@/lib/communications/rules";

/**
 * What a patient writes to the clinic: a textarea with a live count of the
 * characters as the user sees them (the server counts the same way), and the
 * clinic's disclaimer to tick before Send is enabled.
 */
export function PatientText({
  label,
  disclaimer,
  error,
  disclaimerError,
  onConfirmed,
}: {
  label: string;
  disclaimer: string;
  error?: string;
  disclaimerError?: string;
  onConfirmed: (confirmed: boolean) => void;
}) {
  const t = useTranslations("communications.reply");
  const [count, setCount] = useState(0);
  const over = count > MAX_PATIENT_TEXT;
  const described = ["body-counter", error ? "body-error" : null].filter(Boolean).join(" ");
  return (
    <>
      <div>
        <label htmlFor="body" className="block font-medium">
          {label}
        </label>
        <textarea
          id="body"
          name="body"
          rows={5}
          required
          onChange={(e) => setCount(visibleLength(e.target.value))}
          aria-describedby={described}
          aria-invalid={error || over ? true : undefined}
          className="mt-1 block w-full rounded-md border border-gray-400 p-3 aria-[invalid=true]:border-danger"
        />
        <p
          id="body-counter"
          aria-live="polite"
          className={`mt-1 text-sm ${over ? "text-danger" : "text-muted"}`}
        >
          {t("counter", { count, max: MAX_PATIENT_TEXT })}
        </p>
        {error && (
          <p id="body-error" className="mt-1 text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <div
        role="group"
        aria-labelledby="disclaimer-title"
        className="rounded-md border border-amber-300 bg-amber-50 p-3"
      >
        <h3 id="disclaimer-title" className="font-semibold">
          {t("disclaimerTitle")}
        </h3>
        <p className="whitespace-pre-line">{disclaimer}</p>
        <label className="mt-2 flex min-h-11 items-start gap-3 py-2">
          <input
            type="checkbox"
            name="disclaimer"
            required
            onChange={(e) => onConfirmed(e.target.checked)}
            aria-describedby={disclaimerError ? "disclaimer-error" : undefined}
            aria-invalid={disclaimerError ? true : undefined}
            className="mt-0.5 size-5 shrink-0"
          />
          <span className="font-medium">{t("confirm")}</span>
        </label>
        {disclaimerError && (
          <p id="disclaimer-error" className="text-sm text-danger">
            {disclaimerError}
          </p>
        )}
      </div>
    </>
  );
}
