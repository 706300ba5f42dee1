"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { Conflict, WeekChanges } from "@/lib/availability/mutations";
import type { WeekBlock } from "@/lib/availability/week";
import { formatLocalDate, formatMinuteOfDay, formatWeekday } from "@/lib/time/format";
import { ConflictItems } from "./conflict-list";

type Named = { id: string; nameEn: string; nameFr: string };

/**
 * What a week changed (or, in `preview`, would change): the blocks added,
 * changed and removed, then the booked appointments left outside. Focused when
 * it appears, so a screen reader reads the result of the save.
 */
export function WeekChangesSummary({
  changes,
  types,
  preview = false,
  conflicts = [],
  timeZone = "UTC",
}: {
  changes: WeekChanges;
  types: Named[];
  preview?: boolean;
  conflicts?: Conflict[];
  timeZone?: string;
}) {
  const t = useTranslations("adminAvailability");
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (!preview) heading.current?.focus();
  }, [preview, changes]);
  const names = new Map(types.map((ty) => [ty.id, locale === "fr" ? ty.nameFr : ty.nameEn]));
  const hours = (b: WeekBlock) =>
    t("week.hours", {
      start: formatMinuteOfDay(b.start, locale),
      end: formatMinuteOfDay(b.end, locale),
    });
  const typeList = (b: WeekBlock) => b.typeIds.map((id) => names.get(id) ?? id).join(", ");
  const validity = (b: WeekBlock) =>
    b.validUntil
      ? t("week.validityRange", {
          from: formatLocalDate(b.validFrom, locale, "date"),
          until: formatLocalDate(b.validUntil, locale, "date"),
        })
      : t("week.validityOpen", { from: formatLocalDate(b.validFrom, locale, "date") });
  const describe = (b: WeekBlock) =>
    `${t("blockSummary", {
      weekday: formatWeekday(b.weekday, locale),
      start: formatMinuteOfDay(b.start, locale),
      end: formatMinuteOfDay(b.end, locale),
    })} — ${typeList(b)}`;
  // A change names the day and hours before, then only what differs after.
  const describeChange = ({ before, after }: WeekChanges["changed"][number]) => {
    const sameTypes = typeList(before) === typeList(after);
    const sameValidity =
      before.validFrom === after.validFrom && before.validUntil === after.validUntil;
    const was = sameTypes
      ? `${formatWeekday(before.weekday, locale)}, ${hours(before)}`
      : describe(before);
    const now = [
      hours(after),
      sameTypes ? null : typeList(after),
      sameValidity ? null : validity(after),
    ]
      .filter(Boolean)
      .join(" — ");
    return t("week.changedItem", { before: was, after: now });
  };
  const groups = [
    { key: "added", items: changes.added.map(describe) },
    {
      key: "changed",
      items: changes.changed.map(describeChange),
    },
    { key: "removed", items: changes.removed.map(describe) },
  ] as const;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section
      aria-labelledby={headingId}
      className={`space-y-3 rounded-lg border-2 p-4 ${preview ? "border-gray-300 bg-white" : "border-green-700 bg-green-50"}`}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {preview
          ? t("week.previewTitle")
          : total === 0
            ? t("week.nothingChanged")
            : t("week.savedTitle")}
      </h3>
      {groups.map(
        (g) =>
          g.items.length > 0 && (
            <div key={g.key}>
              <h4 className="font-semibold">{t(`week.${g.key}`, { count: g.items.length })}</h4>
              <ul className="list-disc space-y-1 pl-6">
                {g.items.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
          ),
      )}
      {!preview && conflicts.length > 0 && (
        <div className="space-y-2">
          <p className="font-semibold">{t("savedWithConflicts", { count: conflicts.length })}</p>
          <ConflictItems conflicts={conflicts} timeZone={timeZone} />
        </div>
      )}
    </section>
  );
}
