import "server-only";
// Factories build valid domain rows with sensible defaults. The demo seed and
// the tests use the same ones, so tests run on data shaped like the demo's.
import { randomUUID } from "node:crypto";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { lapseDateFor } from "@/lib/access/profile-access";
import { writeBillRows } from "@/lib/bills/mutations";
import { db } from "@/lib/db/client";
import { sha256Hex } from "@/lib/files/checksum";
import { fileStorage } from "@/lib/files/storage";
import type {
  AccountStatus,
  AppointmentKind,
  AppointmentStatus,
  CommunicationKind,
  ReplyRule,
  Locale,
  PhoneType,
  Role,
  Sex,
  SiteKind,
} from "@/lib/db/enums";
import { DEFAULT_TIME_ZONE } from "@/lib/clinic/default-time-zone";

const unique = () => randomUUID().slice(0, 8);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createClinic(
  data: Partial<{ name: string; province: string; timeZone: string; phone: string }> = {},
) {
  return db().clinic.create({
    data: {
      name: data.name ?? `Clinic ${unique()}`,
      phone: data.phone ?? "514-555-0100",
      email: "contact@clinic.test",
      addressLine: "100 Main Street",
      city: "Montréal",
      province: data.province ?? "QC",
      postalCode: "H2X 1Y4",
      timeZone: data.timeZone ?? DEFAULT_TIME_ZONE,
      clinicCode: String(100000 + Math.floor(Math.random() * 900000)),
    },
  });
}

export async function createSite(
  clinicId: string,
  data: Partial<{
    nameEn: string;
    nameFr: string;
    kind: SiteKind;
    addressLine: string;
    city: string;
    postalCode: string;
    phone: string;
  }> = {},
) {
  const kind = data.kind ?? "physical";
  return db().site.create({
    data: {
      clinicId,
      nameEn: data.nameEn ?? `Site ${unique()}`,
      nameFr: data.nameFr ?? data.nameEn ?? `Site ${unique()}`,
      kind,
      addressLine: kind === "physical" ? (data.addressLine ?? "200 Side Street") : null,
      city: kind === "physical" ? (data.city ?? "Montréal") : null,
      postalCode: kind === "physical" ? (data.postalCode ?? "H2T 1R2") : null,
      // Stored as the admin forms store it.
      phone: data.phone ?? "(514) 555-0101",
    },
  });
}

export async function createSpecialty(
  clinicId: string,
  nameEn = `Specialty ${unique()}`,
  nameFr = nameEn,
) {
  return db().specialty.create({ data: { clinicId, nameEn, nameFr } });
}

export async function createPractitioner(
  clinicId: string,
  data: {
    title?: string;
    firstName?: string;
    lastName?: string;
    specialtyIds?: string[];
    siteIds?: string[];
    bookableOnline?: boolean;
  } = {},
) {
  return db().practitioner.create({
    data: {
      clinicId,
      title: data.title ?? "Dr.",
      firstName: data.firstName ?? "Alex",
      lastName: data.lastName ?? `Practitioner-${unique()}`,
      bookableOnline: data.bookableOnline ?? true,
      specialties: { create: (data.specialtyIds ?? []).map((specialtyId) => ({ specialtyId })) },
      sites: { create: (data.siteIds ?? []).map((siteId) => ({ siteId })) },
    },
  });
}

export async function createAppointmentType(
  clinicId: string,
  data: {
    nameEn?: string;
    nameFr?: string;
    durationMinutes?: number;
    kind?: AppointmentKind;
    descriptionEn?: string;
    descriptionFr?: string;
    specialtyId?: string;
    practitionerId?: string;
  } = {},
) {
  const kind = data.kind ?? "regular";
  return db().appointmentType.create({
    data: {
      clinicId,
      nameEn: data.nameEn ?? `Visit ${unique()}`,
      nameFr: data.nameFr ?? data.nameEn ?? `Visite ${unique()}`,
      durationMinutes: data.durationMinutes ?? 15,
      kind,
      descriptionEn: data.descriptionEn ?? (kind === "emergency" ? "An urgent problem." : null),
      descriptionFr: data.descriptionFr ?? (kind === "emergency" ? "Un problème urgent." : null),
      specialtyId: data.specialtyId,
      practitionerId: data.practitionerId,
    },
  });
}

/** A weekly block, `HH:MM`–`HH:MM` local time, from `validFrom` (YYYY-MM-DD) for some types. */
export async function createAvailabilityBlock(data: {
  practitionerId: string;
  siteId: string;
  weekday: number;
  from: string;
  to: string;
  validFrom: string;
  validUntil?: string;
  typeIds: string[];
}) {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return db().availabilityBlock.create({
    data: {
      practitionerId: data.practitionerId,
      siteId: data.siteId,
      weekday: data.weekday,
      startMinute: minutes(data.from),
      endMinute: minutes(data.to),
      validFrom: date(data.validFrom),
      validUntil: data.validUntil ? date(data.validUntil) : null,
      types: { create: data.typeIds.map((typeId) => ({ typeId })) },
    },
  });
}

export type ProfileInput = {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  sex?: Sex;
  language?: Locale;
  primaryPhone?: string;
  primaryPhoneType?: PhoneType;
  assignedPractitionerId?: string;
};

export async function createProfile(clinicId: string, data: ProfileInput = {}) {
  return db().patientProfile.create({
    data: {
      clinicId,
      firstName: data.firstName ?? "Pat",
      lastName: data.lastName ?? `Patient-${unique()}`,
      dateOfBirth: date(data.dateOfBirth ?? "1985-05-20"),
      sex: data.sex ?? "female",
      language: data.language ?? "en",
      primaryPhone: data.primaryPhone ?? "514-555-0199",
      primaryPhoneType: data.primaryPhoneType ?? "mobile",
      addressLine: "10 Rue Example",
      city: "Montréal",
      province: "QC",
      postalCode: "H2X 2A1",
      assignedPractitionerId: data.assignedPractitionerId,
    },
  });
}

/** A patient: their profile plus an account (active by default) that owns it. */
export async function createPatient(
  clinicId: string,
  data: ProfileInput & { email?: string; password?: string; status?: AccountStatus } = {},
) {
  const profile = await createProfile(clinicId, data);
  const account = await db().account.create({
    data: {
      email: normalizeEmail(data.email ?? `patient-${unique()}@example.test`),
      passwordHash: await hashPassword(data.password ?? "Correct-horse-9"),
      status: data.status ?? "active",
      role: "patient",
      language: data.language ?? "en",
      passwordChangedAt: new Date(),
      termsAcceptedVersion: 1,
      termsAcceptedAt: new Date(),
      profileId: profile.id,
    },
  });
  return { profile, account };
}

export async function createStaff(
  data: {
    email?: string;
    password?: string;
    role?: Exclude<Role, "patient">;
    language?: Locale;
  } = {},
) {
  return db().account.create({
    data: {
      email: normalizeEmail(data.email ?? `staff-${unique()}@clinic.test`),
      passwordHash: await hashPassword(data.password ?? "Correct-horse-9"),
      status: "active",
      role: data.role ?? "staff",
      language: data.language ?? "en",
      passwordChangedAt: new Date(),
    },
  });
}

/** Staff attach `profileId` to `accountId` with per-tab permissions; a minor's access lapses at the age of consent. */
export async function grantAccess(data: {
  accountId: string;
  profileId: string;
  tabs: ("appointments" | "messages" | "documents" | "bills")[];
  province?: string;
  grantedById?: string;
  /** The person's recorded consent (needed once they are over the age of consent). */
  consentRecordedAt?: Date;
}) {
  const profile = await db().patientProfile.findUniqueOrThrow({
    where: { id: data.profileId },
    select: { dateOfBirth: true },
  });
  return db().profileAccess.create({
    data: {
      accountId: data.accountId,
      profileId: data.profileId,
      canAppointments: data.tabs.includes("appointments"),
      canMessages: data.tabs.includes("messages"),
      canDocuments: data.tabs.includes("documents"),
      canBills: data.tabs.includes("bills"),
      lapsesOn: date(
        lapseDateFor(profile.dateOfBirth.toISOString().slice(0, 10), data.province ?? "QC"),
      ),
      consentRecordedAt: data.consentRecordedAt,
      grantedById: data.grantedById,
    },
  });
}

/** An appointment row as it would be after booking (no slot check: fixtures may sit anywhere). */
export async function createAppointment(data: {
  profileId: string;
  practitionerId: string;
  siteId: string;
  typeId: string;
  startsAt: Date;
  durationMinutes?: number;
  status?: AppointmentStatus;
  reason?: string;
  clinicNote?: string;
  cancelReason?: string;
  bookedByAccountId?: string;
}) {
  const type = await db().appointmentType.findUniqueOrThrow({
    where: { id: data.typeId },
    select: { durationMinutes: true },
  });
  const minutes = data.durationMinutes ?? type.durationMinutes;
  const status = data.status ?? "booked";
  return db().appointment.create({
    data: {
      profileId: data.profileId,
      practitionerId: data.practitionerId,
      siteId: data.siteId,
      typeId: data.typeId,
      startsAt: data.startsAt,
      endsAt: new Date(data.startsAt.getTime() + minutes * 60_000),
      status,
      reason: data.reason ?? "",
      clinicNote: data.clinicNote,
      cancelReason: data.cancelReason,
      bookedByAccountId: data.bookedByAccountId,
      ...(status === "cancelled"
        ? {
            cancelledAt: new Date(data.startsAt.getTime() - 3 * 86_400_000),
            cancelledBy: data.cancelReason ? ("clinic" as const) : ("patient" as const),
          }
        : {}),
      ...(status === "confirmed"
        ? { confirmedAt: new Date(data.startsAt.getTime() - 86_400_000) }
        : {}),
    },
  });
}

/** A communication from the clinic to a profile, with its original entry (and replies, oldest first). */
export async function createCommunication(data: {
  clinicId: string;
  profileId: string;
  kind?: CommunicationKind;
  subject?: string;
  body?: string;
  replyRule?: ReplyRule;
  at?: Date;
  withdrawn?: boolean;
  /** Entries after the original: the patient's are written by `accountId`. */
  replies?: { author: "clinic" | "patient"; body: string; accountId?: string }[];
}) {
  const at = data.at ?? new Date();
  const replies = data.replies ?? [];
  const patientReplies = replies.filter((r) => r.author === "patient");
  return db().communication.create({
    data: {
      clinicId: data.clinicId,
      profileId: data.profileId,
      kind: data.kind ?? "message",
      subject: data.subject ?? `Subject ${unique()}`,
      replyRule: data.replyRule ?? "none",
      lastActivityAt: new Date(at.getTime() + replies.length * 60_000),
      patientActivityAt: patientReplies.length
        ? new Date(at.getTime() + replies.length * 60_000)
        : null,
      withdrawnAt: data.withdrawn ? at : null,
      createdAt: at,
      entries: {
        create: [
          { author: "clinic" as const, body: data.body ?? "Hello from the clinic.", createdAt: at },
          ...replies.map((r, i) => ({
            author: r.author,
            body: r.body,
            authorAccountId: r.accountId,
            onlyReply: r.author === "patient" && data.replyRule === "once" ? 1 : null,
            createdAt: new Date(at.getTime() + (i + 1) * 60_000),
          })),
        ],
      },
    },
  });
}

/** A PDF attached to a communication: the bytes in the file storage, the row with their checksum. */
export async function createAttachment(data: {
  communicationId: string;
  bytes: Uint8Array;
  fileName?: string;
}) {
  const storageKey = `attachments/${randomUUID()}`;
  await fileStorage().put(storageKey, data.bytes);
  return db().attachment.create({
    data: {
      communicationId: data.communicationId,
      fileName: data.fileName ?? "document.pdf",
      contentType: "application/pdf",
      size: data.bytes.byteLength,
      sha256: sha256Hex(data.bytes),
      storageKey,
    },
  });
}

/** A bill and the communication that delivers it, its taxes computed from the lines. */
export async function createBill(data: {
  clinicId: string;
  profileId: string;
  number?: string;
  issuedOn?: string;
  dueOn?: string;
  status?: "unpaid" | "paid" | "void";
  lines: { description: string; amountCents: number }[];
  taxes?: { nameEn: string; nameFr: string; ratePpm: number }[];
  subject?: string;
  replyRule?: ReplyRule;
  at?: Date;
}) {
  const communication = await createCommunication({
    clinicId: data.clinicId,
    profileId: data.profileId,
    kind: "bill",
    subject: data.subject ?? `Invoice ${data.number ?? ""}`.trim(),
    replyRule: data.replyRule,
    at: data.at,
  });
  const bill = await writeBillRows(db(), {
    clinicId: data.clinicId,
    communicationId: communication.id,
    number: data.number ?? `F-${unique()}`,
    issuedOn: data.issuedOn ?? new Date().toISOString().slice(0, 10),
    dueOn: data.dueOn ?? new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    status: data.status,
    lines: data.lines,
    taxes: data.taxes ?? [],
  });
  return { communication, bill };
}

/**
 * An email the outbox gave up on, as the worker leaves it: failed, its payload
 * redacted, the provider's answer kept (what staff see on the patient's page).
 */
export async function createUndeliveredEmail(data: {
  to: string;
  template?: string;
  locale?: Locale;
  attempts?: number;
  lastError?: string;
  createdAt?: Date;
}) {
  return db().outboxEmail.create({
    data: {
      to: normalizeEmail(data.to),
      locale: data.locale ?? "en",
      template: data.template ?? "appointment-reminder",
      payload: {},
      status: "failed",
      attempts: data.attempts ?? 1,
      lastError:
        data.lastError ??
        "EmailTransportError: resend: validation_error (422): Invalid `to` field.",
      createdAt: data.createdAt,
    },
    select: { id: true },
  });
}
