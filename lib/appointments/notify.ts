import "server-only";
// Appointment emails, enqueued in the transaction of the change that causes
// them: to every account that manages the profile (its own account, and the
// accounts holding a live grant with the appointments permission), each in
// its own language, with times in the clinic's time zone.
import type { AppointmentDetails } from "@/emails/appointment-details";
import { portalUrl } from "@/lib/accounts/emails";
import type { DbClient } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { findSchedulingSettings, type SchedulingSettings } from "@/lib/scheduling/data";
import { hashSecret, newLinkSecret } from "@/lib/tokens/secret";
import { findManagingAccounts } from "@/lib/access/data";
import { type AppointmentView, type Booker, findAppointmentView } from "./data";
import { icsSequence } from "./ics";
import { cancelDecision } from "./rules";

export type AppointmentEvent = "booked" | "cancelled";

export type LinkAction = "confirm" | "cancel";

type Locale = "en" | "fr";

/** The appointment's page, for its profile; an anonymous visitor logs in first and is brought back. */
export function appointmentUrl(locale: Locale, profileId: string, appointmentId: string): string {
  return portalUrl(
    locale,
    `/appointments/${encodeURIComponent(appointmentId)}?profile=${encodeURIComponent(profileId)}`,
  );
}

/** What every appointment email shows, in the recipient's language. No reason for the visit: emails travel further than the portal. */
export function appointmentEmailDetails(
  view: AppointmentView,
  locale: Locale,
  timeZone: string,
): AppointmentDetails {
  const fr = locale === "fr";
  const practitioner = [
    view.practitioner.title,
    view.practitioner.firstName,
    view.practitioner.lastName,
  ]
    .filter(Boolean)
    .join(" ");
  const specialties = view.practitioner.specialties.map((s) =>
    fr ? s.specialty.nameFr : s.specialty.nameEn,
  );
  const virtual = view.site.kind === "virtual";
  const address = [
    view.site.addressLine,
    [view.site.city, view.site.postalCode].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");
  return {
    appointmentId: view.id,
    uidDomain: new URL(env().APP_URL).hostname,
    patientName: `${view.profile.firstName} ${view.profile.lastName}`,
    startsAt: view.startsAt.toISOString(),
    endsAt: view.endsAt.toISOString(),
    timeZone,
    practitioner,
    specialty: specialties.length ? specialties.join(", ") : null,
    siteName: fr ? view.site.nameFr : view.site.nameEn,
    siteAddress: virtual || !address ? null : address,
    sitePhone: view.site.phone || null,
    virtual,
    typeName: fr ? view.type.nameFr : view.type.nameEn,
    durationMinutes: view.type.durationMinutes,
    portalUrl: appointmentUrl(locale, view.profileId, view.id),
    calendarSequence: icsSequence(view),
  };
}

/** Who booked, as the booked email tells each recipient: staff are the clinic. */
export function bookedByFor(
  booker: Booker | null,
  view: Pick<AppointmentView, "profileId">,
  recipientId: string,
): { bookedBy: "you" | "patient" | "proxy" | "clinic" | undefined; bookedByName: string | null } {
  if (!booker) return { bookedBy: undefined, bookedByName: null };
  if (booker.role !== "patient") return { bookedBy: "clinic", bookedByName: null };
  if (booker.id === recipientId) return { bookedBy: "you", bookedByName: null };
  if (booker.profileId === view.profileId) return { bookedBy: "patient", bookedByName: null };
  const name = booker.profile ? `${booker.profile.firstName} ${booker.profile.lastName}` : null;
  return { bookedBy: "proxy", bookedByName: name };
}

export type Recipients = {
  timeZone: string;
  accounts: Awaited<ReturnType<typeof findManagingAccounts>>;
  /** The account that booked (booked emails only). */
  booker?: Booker | null;
};

/** Who gets a profile's appointment emails, with the clinic's zone their times are shown in. */
export async function appointmentRecipients(
  profileId: string,
  timeZone: string,
  client: DbClient,
): Promise<Recipients> {
  return { timeZone, accounts: await findManagingAccounts(profileId, timeZone, client) };
}

export async function notifyAppointment(
  tx: DbClient,
  appointmentId: string,
  event: AppointmentEvent,
): Promise<void> {
  // One after the other: a transaction's one connection runs one query at a
  // time (pg warns "already executing a query" when handed two at once).
  const view = await findAppointmentView(appointmentId, tx);
  const settings = await findSchedulingSettings(tx);
  if (!view) return;
  await enqueueAppointmentEmails(
    tx,
    view,
    event,
    await appointmentRecipients(view.profileId, settings.timeZone, tx),
  );
}

/** The emails of one change, to the recipients read for it (a booking reads them before its transaction). */
export async function enqueueAppointmentEmails(
  tx: DbClient,
  view: AppointmentView,
  event: AppointmentEvent,
  { timeZone, accounts, booker = null }: Recipients,
): Promise<void> {
  for (const account of accounts) {
    const details = appointmentEmailDetails(view, account.language, timeZone);
    if (event === "booked") {
      await enqueueEmail(tx, {
        to: account.email,
        locale: account.language,
        template: "appointment-booked",
        data: {
          ...details,
          bookedAt: now().toISOString(),
          ...bookedByFor(booker, view, account.id),
        },
      });
    } else {
      await enqueueEmail(tx, {
        to: account.email,
        locale: account.language,
        template: "appointment-cancelled",
        data: {
          ...details,
          cancelledBy: view.cancelledBy === "clinic" ? "clinic" : "patient",
          cancelReason:
            view.cancelledBy === "clinic" ? (view.cancelReason?.slice(0, 2000) ?? null) : null,
          bookAgainUrl: portalUrl(
            account.language,
            `/appointments/book?profile=${encodeURIComponent(view.profileId)}`,
          ),
          cancelledAt: (view.cancelledAt ?? now()).toISOString(),
        },
      });
    }
  }
}

/** Issues one link token (in the caller's transaction). Returns the raw secret, for the email only. */
export async function issueAppointmentLinkToken(
  client: DbClient,
  input: { appointmentId: string; accountId: string; action: LinkAction; expiresAt: Date },
): Promise<string> {
  const secret = newLinkSecret();
  await client.appointmentLinkToken.create({
    data: {
      appointmentId: input.appointmentId,
      accountId: input.accountId,
      action: input.action,
      tokenHash: hashSecret(secret),
      expiresAt: input.expiresAt,
    },
  });
  return secret;
}

/**
 * A reminder to each account that manages the profile, with Confirm and
 * Cancel links issued to that account. Past the online cut-off the email
 * offers no Cancel link: it says to call the clinic.
 */
export async function enqueueReminderEmails(
  tx: DbClient,
  view: AppointmentView,
  accounts: Recipients["accounts"],
  settings: SchedulingSettings,
  at: Date,
): Promise<void> {
  const confirmed = view.status === "confirmed";
  const cancel = cancelDecision(view, settings, at);
  for (const account of accounts) {
    const link = async (action: LinkAction) =>
      portalUrl(
        account.language,
        `/appointment-link/${await issueAppointmentLinkToken(tx, { appointmentId: view.id, accountId: account.id, action, expiresAt: view.startsAt })}`,
      );
    await enqueueEmail(tx, {
      to: account.email,
      locale: account.language,
      template: "appointment-reminder",
      data: {
        ...appointmentEmailDetails(view, account.language, settings.timeZone),
        confirmed,
        confirmUrl: confirmed ? null : await link("confirm"),
        cancelUrl: cancel.allowed ? await link("cancel") : null,
        cancelUntil: cancel.allowed ? cancel.until.toISOString() : null,
        remindedAt: at.toISOString(),
        clinicNote: view.clinicNote?.slice(0, 2000) || null,
      },
    });
  }
}
