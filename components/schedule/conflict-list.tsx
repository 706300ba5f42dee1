"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { Conflict } from "@/lib/availability/mutations";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

/**
 * The appointments a change would leave outside every availability, shown
 * before anything is saved: go back, or save anyway (they stay booked; each
 * links to the appointment book where it can be cancelled). Rendered inside
 * the form, so "Save anyway" submits the same values plus acknowledge=on.
 */
export function ConflictList({
  conflicts,
  timeZone,
  onBack,
  pending,
}: {
  conflicts: Conflict[];
  timeZone: string;
  onBack: () => void;
  pending: boolean;
}) {
  const t = useTranslations("adminAvailability.conflicts");
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t("title", { count: conflicts.length })}
      </h3>
      <p>{t("intro")}</p>
      <ConflictItems conflicts={conflicts} timeZone={timeZone} />
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onBack}
          className="inline-flex min-h-11 items-center rounded-md border border-gray-500 bg-white px-4 font-semibold"
        >
          {t("back")}
        </button>
        <button
          type="submit"
          name="acknowledge"
          value="on"
          aria-disabled={pending || undefined}
          className="inline-flex min-h-11 items-center rounded-md bg-amber-800 px-4 font-semibold text-white hover:bg-amber-900"
        >
          {t("saveAnyway")}
        </button>
      </div>
    </section>
  );
}

/** The appointments themselves, each linked to the appointment book. */
export function ConflictItems({
  conflicts,
  timeZone,
}: {
  conflicts: Conflict[];
  timeZone: string;
}) {
  const locale = useLocale();
  return (
    <ul className="space-y-2">
      {conflicts.map((c) => (
        <li key={c.id} className="rounded-md border border-amber-300 bg-white p-3">
          <Link
            href={`/admin/appointments/${c.id}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
          >
            {formatInstant(new Date(c.startsAt), locale, timeZone, "dateTime")}
          </Link>
          <p>
            {c.patientName} — {locale === "fr" ? c.typeFr : c.typeEn}
          </p>
        </li>
      ))}
    </ul>
  );
}
