import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BookingChoices, StepName } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { localToUtc } from "@/lib/time/zoned";
import { flowHref } from "./booking-links";
import { localName, personName } from "./names";

/**
 * The choices made so far; each links back to its step, keeping the later
 * choices in the URL (the loader drops only those that no longer fit). Values
 * are words (a date as the page's language writes it); the emergency flow's
 * reason stays in the browser, so its crumb only says the step is done, with a
 * decorative check mark.
 */
export async function BookingBreadcrumb({
  state,
  current,
}: {
  state: BookingChoices;
  current: StepName | "confirm";
}) {
  const [t, locale, tw, format] = await Promise.all([
    getTranslations("booking"),
    getLocale(),
    getTranslations("booking.stepLabel"),
    getFormatter(),
  ]);
  // A local date of the clinic, at noon there (never in a daylight-saving gap).
  const day = (date: string) =>
    format.dateTime(localToUtc(date, 12 * 60, state.timeZone) ?? new Date(NaN), {
      timeZone: state.timeZone,
      dateStyle: "long",
    });
  const crumbs: { step: StepName; value?: string; done?: boolean }[] = [];
  if (state.flow === "regular") {
    crumbs.push({
      step: "specialty",
      value: state.specialty && localName(state.specialty, locale),
    });
    crumbs.push({
      step: "practitioner",
      value: state.practitioner && personName(state.practitioner),
    });
    if (state.siteStep)
      crumbs.push({ step: "site", value: state.site && localName(state.site, locale) });
    crumbs.push({ step: "type", value: state.type && localName(state.type, locale) });
    crumbs.push({
      step: "when",
      value:
        state.when &&
        (state.when.mode === "asap" ? t("asap") : t("fromDate", { date: day(state.when.after) })),
    });
  } else {
    if (state.siteStep)
      crumbs.push({ step: "site", value: state.site && localName(state.site, locale) });
    crumbs.push({ step: "type", value: state.type && localName(state.type, locale) });
    crumbs.push({ step: "reason", value: state.when ? tw("reason") : undefined, done: true });
  }
  const shown = crumbs.filter((c) => c.value || c.step === current);
  return (
    <nav aria-label={t("steps")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {shown.map((c, i) => (
          <li key={c.step} className="flex items-center gap-x-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.step === current ? (
              <span
                aria-current="step"
                className="inline-flex min-h-11 items-center px-1 font-semibold"
              >
                {c.value ?? tw(c.step)}
              </span>
            ) : (
              <Link
                href={flowHref(state.flow, { ...state.query, step: c.step })}
                className="inline-flex min-h-11 items-center px-1 text-brand-700 underline"
                aria-label={
                  c.done
                    ? t("changeDone", { step: tw(c.step) })
                    : t("change", { step: tw(c.step), value: c.value ?? "" })
                }
              >
                {c.done && <span aria-hidden="true">✓&nbsp;</span>}
                {c.value}
              </Link>
            )}
          </li>
        ))}
        {(current === "grid" || current === "confirm") && (
          <li className="flex items-center gap-x-1">
            <span aria-hidden="true">›</span>
            {current === "grid" ? (
              <span
                aria-current="step"
                className="inline-flex min-h-11 items-center px-1 font-semibold"
              >
                {tw("grid")}
              </span>
            ) : (
              <Link
                href={flowHref(state.flow, state.query)}
                className="inline-flex min-h-11 items-center px-1 text-brand-700 underline"
              >
                {tw("grid")}
              </Link>
            )}
          </li>
        )}
      </ol>
    </nav>
  );
}
