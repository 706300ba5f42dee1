import { getLocale, getTranslations } from "next-intl/server";
import type { bookingConfirmationFor } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { BookingBreadcrumb } from "./booking-breadcrumb";
import { flowHref } from "./booking-links";
import { ConfirmBookingForm } from "./confirm-booking-form";
import { localName, personName, siteAddress } from "./names";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { confirmBookingFormMessages } from "./messages";

type Confirmation = NonNullable<Awaited<ReturnType<typeof bookingConfirmationFor>>>;

/** The confirmation page: practitioner, site address and phone, date and time, type and duration; Back and Confirm. */
export async function BookingConfirmation({ confirmation }: { confirmation: Confirmation }) {
  const [t, ta, locale] = await Promise.all([
    getTranslations("booking"),
    getTranslations("appointments"),
    getLocale(),
  ]);
  const { state, slot } = confirmation;
  const cancellation = "cancellation" in confirmation ? confirmation.cancellation : null;
  const title = state.flow === "emergency" ? t("emergencyTitle") : t("title");
  const header = (
    <div>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-muted">
        {t("forWhom", { name: `${state.profile.firstName} ${state.profile.lastName}` })}
      </p>
    </div>
  );
  if (!slot) {
    return (
      <div className="space-y-4">
        {header}
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-danger">
          {t("slotGone")}
        </p>
        <Link
          href={flowHref(state.flow, { ...state.query, taken: undefined })}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {t("backToGrid")}
        </Link>
      </div>
    );
  }
  const { timeZone } = state;
  const address = siteAddress(slot.site);
  return (
    <div className="space-y-4">
      {header}
      <BookingBreadcrumb state={state} current="confirm" />
      <section
        aria-labelledby="confirm-title"
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="confirm-title" className="text-xl font-semibold">
          {t("confirmTitle")}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{ta("practitioner")}</dt>
          <dd>{personName(slot.practitioner)}</dd>
          <dt className="font-medium">{ta("site")}</dt>
          <dd>
            {localName(slot.site, locale)}
            {address && <span className="block">{address}</span>}
            {slot.site.phone && (
              <span className="block">{ta("phone", { phone: slot.site.phone })}</span>
            )}
          </dd>
          <dt className="font-medium">{t("dateTime")}</dt>
          <dd>
            {ta("dateTime", {
              date: formatInstant(slot.startsAt, locale, timeZone, "weekdayDate"),
              time: formatInstant(slot.startsAt, locale, timeZone, "time"),
            })}
          </dd>
          <dt className="font-medium">{ta("type")}</dt>
          <dd>
            {localName(slot.type, locale)} —{" "}
            {ta("duration", { minutes: slot.type.durationMinutes })}
          </dd>
        </dl>
        {cancellation && !cancellation.online && (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-gray-900">
            {cancellation.phone
              ? t("noOnlineCancel", { hours: cancellation.cutoffHours, phone: cancellation.phone })
              : t("noOnlineCancelNoPhone", { hours: cancellation.cutoffHours })}
          </p>
        )}
        <ClientMessages namespaces={confirmBookingFormMessages}>
          <ConfirmBookingForm
            flow={state.flow}
            query={state.query}
            slot={{
              profileId: state.profile.id,
              practitionerId: slot.practitioner.id,
              siteId: slot.site.id,
              typeId: slot.type.id,
              startsAt: slot.startsAt.toISOString(),
            }}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
