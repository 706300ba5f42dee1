import { getLocale, getTranslations } from "next-intl/server";
import { Section } from "@/components/shell/section";
import type { BookingState } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { BookingBreadcrumb } from "./booking-breadcrumb";
import { flowHref, withChoice } from "./booking-links";
import { localName, personName, siteAddress } from "./names";
import { SlotGrid } from "./slot-grid";
import { WhenForm } from "./when-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { whenFormMessages } from "./messages";

const optionClass =
  "flex min-h-11 w-full flex-col justify-center rounded-md border border-gray-300 bg-white px-4 py-2 text-left hover:border-brand-700 hover:bg-brand-50";

/** One step of a booking flow (regular or emergency), chosen by the loader from the URL. */
export async function BookingStep({
  state,
  clinicPhone,
}: {
  state: BookingState;
  clinicPhone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("booking"), getLocale()]);
  const { step, flow, query } = state;
  const title = flow === "emergency" ? t("emergencyTitle") : t("title");
  const choose = (changes: Record<string, string>) => flowHref(flow, withChoice(query, changes));
  const none = (
    <p className="rounded-md border border-gray-300 bg-white p-3">
      {t("noOptions", { phone: clinicPhone })}
    </p>
  );

  let heading: string;
  let body: React.ReactNode;
  switch (step.name) {
    case "specialty":
      heading = t("chooseSpecialty");
      body =
        step.options.length === 0 ? (
          none
        ) : (
          <ul className="space-y-2">
            {step.options.map((o) => (
              <li key={o.id}>
                <Link
                  href={choose({ specialty: o.id })}
                  className={optionClass}
                  aria-current={o.id === state.specialty?.id || undefined}
                >
                  <span className="font-semibold">{localName(o, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        );
      break;
    case "practitioner":
      heading = t("choosePractitioner");
      body =
        step.options.length === 0 ? (
          none
        ) : (
          <ul className="space-y-2">
            {step.options.map((o) => (
              <li key={o.id}>
                <Link
                  href={choose({ practitioner: o.id })}
                  className={optionClass}
                  aria-current={o.id === state.practitioner?.id || undefined}
                >
                  <span className="font-semibold">{personName(o)}</span>
                  <span className="text-sm text-muted">
                    {o.specialties.map((s) => localName(s, locale)).join(", ")}
                    {o.assigned && (
                      <span className="ml-2 font-semibold text-green-800">· {t("assigned")}</span>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        );
      break;
    case "site":
      heading = t("chooseSite");
      body =
        step.options.length === 0 ? (
          none
        ) : (
          <ul className="space-y-2">
            {step.options.map((o) => (
              <li key={o.id}>
                <Link
                  href={choose({ site: o.id })}
                  className={optionClass}
                  aria-current={o.id === state.site?.id || undefined}
                >
                  <span className="font-semibold">{localName(o, locale)}</span>
                  {siteAddress(o) && <span className="text-sm text-muted">{siteAddress(o)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        );
      break;
    case "type":
      heading = flow === "emergency" ? t("chooseEmergencyType") : t("chooseType");
      body =
        step.options.length === 0 ? (
          none
        ) : (
          <ul className="space-y-2">
            {step.options.map((o) => (
              <li key={o.id}>
                <Link
                  href={choose({ type: o.id })}
                  className={optionClass}
                  aria-current={o.id === state.type?.id || undefined}
                >
                  <span className="font-semibold">{localName(o, locale)}</span>
                  {(locale === "fr" ? o.descriptionFr : o.descriptionEn) && (
                    <span>{locale === "fr" ? o.descriptionFr : o.descriptionEn}</span>
                  )}
                  <span className="text-sm text-muted">
                    {t("minutes", { minutes: o.durationMinutes })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        );
      break;
    case "when":
    case "reason":
      heading = step.name === "when" ? t("whenTitle") : t("reasonTitle");
      body = (
        <ClientMessages namespaces={whenFormMessages}>
          <WhenForm flow={flow} query={query} today={state.today} initial={state.when} />
        </ClientMessages>
      );
      break;
    case "grid":
      heading = t("gridTitle");
      body = (
        <>
          {step.taken ? (
            <FormAlert tone="error">{t("taken")}</FormAlert>
          ) : (
            step.unavailable && <FormAlert tone="error">{t("unavailable")}</FormAlert>
          )}
          <SlotGrid state={state} step={step} clinicPhone={clinicPhone} />
        </>
      );
      break;
  }
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-muted">
          {t("forWhom", { name: `${state.profile.firstName} ${state.profile.lastName}` })}
        </p>
      </div>
      <BookingBreadcrumb state={state} current={step.name} />
      <Section heading={heading} className="space-y-3">
        {body}
      </Section>
    </div>
  );
}
