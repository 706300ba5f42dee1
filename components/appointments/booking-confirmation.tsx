import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import type { bookingConfirmationFor } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { BookingBreadcrumb } from "./booking-breadcrumb";
import { flowHref } from "./booking-links";
import { ConfirmBookingForm } from "./confirm-booking-form";
import { visitDetailsIn } from "./visit-details";
import { ClientMessages } from "@/components/i18n/client-messages";
import { confirmBookingFormMessages } from "./messages";

type Confirmation = NonNullable<Awaited<ReturnType<typeof bookingConfirmationFor>>>;

/** The confirmation page: practitioner, site address and phone, date and time, type and duration; Back and Confirm. */
export async function BookingConfirmation({ confirmation }: { confirmation: Confirmation }) {
  const t = await getTranslations("booking");
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
          href={flowHref(state.flow, { ...state.query, taken: "1" })}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {t("backToGrid")}
        </Link>
      </div>
    );
  }
  const visit = (await visitDetailsIn(state.timeZone))(slot);
  return (
    <div className="space-y-4">
      {header}
      <BookingBreadcrumb state={state} current="confirm" />
      {"replaced" in confirmation && confirmation.replaced && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-gray-900"
        >
          {t("takenNext")}
        </p>
      )}
      <Card padding="compact" heading={t("confirmTitle")} className="space-y-4">
        <DetailList items={[visit.practitioner, visit.site, visit.when, visit.type]} />
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
      </Card>
    </div>
  );
}
