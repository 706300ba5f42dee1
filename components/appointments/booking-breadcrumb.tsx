import { getLocale, getTranslations } from "next-intl/server";
import type { BookingState, StepName } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { flowHref } from "./booking-links";
import { localName, personName } from "./names";

/**
 * The choices made so far; each links back to its step, keeping the later
 * choices in the URL (the loader drops only those that no longer fit).
 */
export async function BookingBreadcrumb({
  state,
  current,
}: {
  state: BookingState;
  current: StepName | "confirm";
}) {
  const [t, locale, tw] = await Promise.all([
    getTranslations("booking"),
    getLocale(),
    getTranslations("booking.stepLabel"),
  ]);
  const crumbs: { step: StepName; value?: string }[] = [];
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
      value: state.when && (state.when.mode === "asap" ? t("asap") : state.when.after),
    });
  } else {
    if (state.siteStep)
      crumbs.push({ step: "site", value: state.site && localName(state.site, locale) });
    crumbs.push({ step: "type", value: state.type && localName(state.type, locale) });
    crumbs.push({ step: "reason", value: state.when ? "✓" : undefined });
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
                aria-label={t("change", { step: tw(c.step), value: c.value ?? "" })}
              >
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
