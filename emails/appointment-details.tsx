// What every appointment email shows (who, when, with whom, where, what),
// and its .ics. The payload holds the facts in the recipient's language,
// chosen at enqueue (lib/appointments/notify.ts); dates are ISO instants
// formatted here, at send time, in the CLINIC's time zone (never UTC, never
// the server's).
import { Text } from "react-email";
import { z } from "zod";
import { buildIcs, type IcsStatus } from "@/lib/appointments/ics";
import { formatInstant } from "@/lib/time/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { personName, portalLink } from "./fields";
import { type EmailBrand, emailTranslator, type EmailContext } from "./i18n";
import type { EmailAttachment } from "./registry";

/** One line of display text from the database (names, addresses): no control characters. */
const line = z
  .string()
  .trim()
  .max(500)
  .regex(/^[^\p{Cc}]*$/u, "must not contain control characters");

export const appointmentDetailsFields = {
  /** For the calendar file's UID only. */
  appointmentId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  /** The stable domain of the UID (the portal's host name). */
  uidDomain: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$/),
  /** The person the visit is for. */
  patientName: personName,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** The clinic's IANA time zone. */
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_+/-]+$/),
  practitioner: line.min(1),
  specialty: line.nullable(),
  siteName: line.min(1),
  siteAddress: line.nullable(),
  sitePhone: line.nullable(),
  virtual: z.boolean(),
  typeName: line.min(1),
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  /** The portal's appointments tab for that profile (a login first, then back here). */
  portalUrl: portalLink,
  /** The calendar file's SEQUENCE (optional: rows queued before it existed have none, i.e. 0). */
  calendarSequence: z.int().min(0).max(1000).optional(),
};

export type AppointmentDetails = z.infer<z.ZodObject<typeof appointmentDetailsFields>>;

/** "Monday, November 2, 2026 at 9:00 a.m. EST" / "lundi 2 novembre 2026 à 9 h 00 HNE", in the clinic's zone. */
export function formatWhen(iso: string, locale: AppLocale, timeZone: string): string {
  return formatInstant(iso, locale, timeZone, "dateTimeZone");
}

const row = { fontSize: 16, lineHeight: "24px", margin: "0 0 10px" };
const label = { fontWeight: 700 };

/** The details block, the same in every appointment email. */
export function AppointmentDetailsBlock({
  data,
  ctx,
}: {
  data: AppointmentDetails;
  ctx: EmailContext;
}) {
  const { t, locale } = ctx;
  const where = data.virtual
    ? t("appointmentDetails.virtual")
    : [data.siteName, data.siteAddress, data.sitePhone].filter(Boolean).join(" — ");
  return (
    <div style={{ borderLeft: "4px solid #1d4ed8", margin: "0 0 24px", padding: "4px 0 4px 16px" }}>
      <Text style={row}>
        <span style={label}>{t("appointmentDetails.who")}</span> {data.patientName}
      </Text>
      <Text style={row}>
        <span style={label}>{t("appointmentDetails.when")}</span>{" "}
        {formatWhen(data.startsAt, locale, data.timeZone)}
      </Text>
      <Text style={row}>
        <span style={label}>{t("appointmentDetails.practitioner")}</span> {data.practitioner}
        {data.specialty ? ` (${data.specialty})` : ""}
      </Text>
      <Text style={row}>
        <span style={label}>{t("appointmentDetails.where")}</span> {where}
      </Text>
      <Text style={row}>
        <span style={label}>{t("appointmentDetails.type")}</span>{" "}
        {t("appointmentDetails.typeAndDuration", {
          type: data.typeName,
          minutes: data.durationMinutes,
        })}
      </Text>
    </div>
  );
}

/** The calendar file of an appointment, in the recipient's language. Holds no secret. */
export function appointmentIcs(
  data: AppointmentDetails,
  locale: AppLocale,
  stamp: Date,
  status: IcsStatus,
  brand: EmailBrand,
): EmailAttachment {
  const method = status === "CANCELLED" ? "CANCEL" : "REQUEST";
  const t = emailTranslator(locale, data.timeZone);
  const location = data.virtual
    ? t("appointmentDetails.virtual")
    : [data.siteName, data.siteAddress].filter(Boolean).join(", ");
  const description = [
    t("appointmentDetails.typeAndDuration", { type: data.typeName, minutes: data.durationMinutes }),
    `${t("appointmentDetails.who")} ${data.patientName}`,
    `${t("appointmentDetails.practitioner")} ${data.practitioner}`,
    ...(data.sitePhone ? [`${t("appointmentDetails.phone")} ${data.sitePhone}`] : []),
    data.portalUrl,
  ].join("\n");
  return {
    filename: "appointment.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: buildIcs({
      uid: `${data.appointmentId}@${data.uidDomain}`,
      stamp,
      start: new Date(data.startsAt),
      end: new Date(data.endsAt),
      timeZone: data.timeZone,
      summary: t("appointmentDetails.icsSummary", {
        type: data.typeName,
        practitioner: data.practitioner,
      }),
      location,
      description,
      url: data.portalUrl,
      method,
      status,
      sequence: data.calendarSequence ?? 0,
      organizer: brand.clinicEmail
        ? { name: brand.clinicName, email: brand.clinicEmail }
        : undefined,
    }),
  };
}
