-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('pending', 'active', 'locked', 'disabled');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('patient', 'staff', 'admin');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('booked', 'confirmed', 'cancelled', 'completed', 'noShow');

-- CreateEnum
CREATE TYPE "AvailabilityExceptionKind" AS ENUM ('timeOff', 'extra');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fr');

-- CreateEnum
CREATE TYPE "SiteKind" AS ENUM ('physical', 'virtual');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('success', 'denied', 'failure');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "AppointmentKind" AS ENUM ('regular', 'emergency');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('female', 'male', 'other');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('home', 'mobile', 'office');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "status" "AccountStatus" NOT NULL DEFAULT 'pending',
    "role" "Role" NOT NULL DEFAULT 'patient',
    "language" "Locale" NOT NULL DEFAULT 'en',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "passwordChangedAt" TIMESTAMP(3),
    "termsAcceptedVersion" INTEGER,
    "termsAcceptedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "profileId" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "practitionerId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "status" "AppointmentStatus" NOT NULL DEFAULT 'booked',
    "bookedByAccountId" TEXT,
    "clinicNote" TEXT,
    "cancelReason" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityBlock" (
    "id" TEXT NOT NULL,
    "practitionerId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "AvailabilityBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityBlockType" (
    "blockId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,

    CONSTRAINT "AvailabilityBlockType_pkey" PRIMARY KEY ("blockId","typeId")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" TEXT NOT NULL,
    "practitionerId" TEXT NOT NULL,
    "siteId" TEXT,
    "kind" "AvailabilityExceptionKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clinic" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "province" CHAR(2) NOT NULL,
    "postalCode" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "clinicCode" TEXT NOT NULL DEFAULT '000000',
    "ageOfConsentOverride" INTEGER,
    "invitationValidityDays" INTEGER NOT NULL DEFAULT 14,
    "mandatoryRegistrationFields" TEXT[] DEFAULT ARRAY['secondaryPhone']::TEXT[],
    "termsVersion" INTEGER NOT NULL DEFAULT 1,
    "termsEn" TEXT NOT NULL DEFAULT '',
    "termsFr" TEXT NOT NULL DEFAULT '',
    "confirmationWindowHours" INTEGER NOT NULL DEFAULT 72,
    "cancellationCutoffHours" INTEGER NOT NULL DEFAULT 48,
    "minBookingNoticeHours" INTEGER NOT NULL DEFAULT 2,
    "maxBookingHorizonDays" INTEGER NOT NULL DEFAULT 90,
    "reminderLeadHours" INTEGER[] DEFAULT ARRAY[72, 24]::INTEGER[],
    "emergencyBookingEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "kind" "SiteKind" NOT NULL DEFAULT 'physical',
    "addressLine" TEXT,
    "city" TEXT,
    "postalCode" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specialty" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Specialty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorAccountId" TEXT,
    "actorRole" "Role",
    "actingForProfileId" TEXT,
    "subjectProfileId" TEXT,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT,
    "action" TEXT NOT NULL,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'success',
    "ip" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxMessage" (
    "id" TEXT NOT NULL,
    "outboxId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practitioner" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "bookableOnline" BOOLEAN NOT NULL DEFAULT true,
    "acceptingNewPatients" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Practitioner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PractitionerSpecialty" (
    "practitionerId" TEXT NOT NULL,
    "specialtyId" TEXT NOT NULL,

    CONSTRAINT "PractitionerSpecialty_pkey" PRIMARY KEY ("practitionerId","specialtyId")
);

-- CreateTable
CREATE TABLE "PractitionerSite" (
    "practitionerId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,

    CONSTRAINT "PractitionerSite_pkey" PRIMARY KEY ("practitionerId","siteId")
);

-- CreateTable
CREATE TABLE "AppointmentType" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionFr" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "kind" "AppointmentKind" NOT NULL DEFAULT 'regular',
    "specialtyId" TEXT,
    "practitionerId" TEXT,
    "bookableOnline" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AppointmentType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatientProfile" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex",
    "primaryPhone" TEXT,
    "primaryPhoneType" "PhoneType",
    "secondaryPhone" TEXT,
    "secondaryPhoneType" "PhoneType",
    "addressLine" TEXT,
    "city" TEXT,
    "province" CHAR(2),
    "postalCode" TEXT,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "assignedPractitionerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PatientProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileAccess" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "canAppointments" BOOLEAN NOT NULL DEFAULT false,
    "canMessages" BOOLEAN NOT NULL DEFAULT false,
    "canDocuments" BOOLEAN NOT NULL DEFAULT false,
    "canBills" BOOLEAN NOT NULL DEFAULT false,
    "consentRecordedAt" TIMESTAMP(3),
    "lapsesOn" DATE,
    "lapsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_profileId_key" ON "Account"("profileId");

-- CreateIndex
CREATE INDEX "Appointment_profileId_startsAt_idx" ON "Appointment"("profileId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_practitionerId_startsAt_idx" ON "Appointment"("practitionerId", "startsAt");

-- CreateIndex
CREATE INDEX "AvailabilityBlock_practitionerId_weekday_idx" ON "AvailabilityBlock"("practitionerId", "weekday");

-- CreateIndex
CREATE INDEX "AvailabilityException_practitionerId_startsAt_idx" ON "AvailabilityException"("practitionerId", "startsAt");

-- CreateIndex
CREATE INDEX "Site_clinicId_idx" ON "Site"("clinicId");

-- CreateIndex
CREATE UNIQUE INDEX "Specialty_clinicId_nameEn_key" ON "Specialty"("clinicId", "nameEn");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectProfileId_at_idx" ON "AuditEvent"("subjectProfileId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorAccountId_at_idx" ON "AuditEvent"("actorAccountId", "at");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxMessage_outboxId_key" ON "MailboxMessage"("outboxId");

-- CreateIndex
CREATE INDEX "MailboxMessage_to_createdAt_idx" ON "MailboxMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "Practitioner_clinicId_idx" ON "Practitioner"("clinicId");

-- CreateIndex
CREATE INDEX "AppointmentType_clinicId_idx" ON "AppointmentType"("clinicId");

-- CreateIndex
CREATE INDEX "PatientProfile_clinicId_lastName_firstName_idx" ON "PatientProfile"("clinicId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "ProfileAccess_profileId_idx" ON "ProfileAccess"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileAccess_accountId_profileId_key" ON "ProfileAccess"("accountId", "profileId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "PatientProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "PatientProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppointmentType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedByAccountId_fkey" FOREIGN KEY ("bookedByAccountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityBlock" ADD CONSTRAINT "AvailabilityBlock_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityBlock" ADD CONSTRAINT "AvailabilityBlock_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityBlockType" ADD CONSTRAINT "AvailabilityBlockType_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "AvailabilityBlock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityBlockType" ADD CONSTRAINT "AvailabilityBlockType_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppointmentType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Specialty" ADD CONSTRAINT "Specialty_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailboxMessage" ADD CONSTRAINT "MailboxMessage_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "OutboxEmail"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practitioner" ADD CONSTRAINT "Practitioner_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerSpecialty" ADD CONSTRAINT "PractitionerSpecialty_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerSpecialty" ADD CONSTRAINT "PractitionerSpecialty_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerSite" ADD CONSTRAINT "PractitionerSite_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerSite" ADD CONSTRAINT "PractitionerSite_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientProfile" ADD CONSTRAINT "PatientProfile_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientProfile" ADD CONSTRAINT "PatientProfile_assignedPractitionerId_fkey" FOREIGN KEY ("assignedPractitionerId") REFERENCES "Practitioner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAccess" ADD CONSTRAINT "ProfileAccess_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAccess" ADD CONSTRAINT "ProfileAccess_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "PatientProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAccess" ADD CONSTRAINT "ProfileAccess_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ============================================================================
-- HAND-WRITTEN SQL: what Prisma's schema language cannot express.
-- Everything above was generated by `npm run db:migration -- init`.
-- Prisma's diff ignores CHECK constraints, exclusion constraints, triggers,
-- functions and extensions, so later generated migrations leave these alone
-- (tests/integration/db/migrations.test.ts checks the next diff is empty).
-- Names follow PostgreSQL's "<Table>_<column>_check" style.
-- ============================================================================

-- Appointments: one practitioner is never double-booked -----------------------
-- btree_gist lets a GiST index mix "=" on text with "&&" on ranges. On PGlite
-- it must also be loaded when the database opens (lib/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Overlap, not only equal start times: a 30-min at 10:00 and a 15-min at 10:15
-- collide; '[)' ranges let 10:00-10:30 and 10:30-10:45 sit side by side.
-- Cancelled appointments free their slot. Refusals are SQLSTATE 23P01
-- (lib/db/errors.ts isOverlapViolation).
-- tsrange, not tstzrange: Prisma's DateTime columns are TIMESTAMP(3) holding
-- UTC, and casting them to timestamptz depends on the session time zone, which
-- PostgreSQL refuses in an index expression (not IMMUTABLE).
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_no_overlap"
  EXCLUDE USING gist ("practitionerId" WITH =, tsrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');

-- CHECK constraints ----------------------------------------------------------
-- Emails are stored normalized, so the unique index is case-insensitive.
ALTER TABLE "Account" ADD CONSTRAINT "Account_email_check"
  CHECK ("email" = lower("email") AND strpos("email", '@') > 0);
-- A patient logs in to their own profile; staff and admins have none.
ALTER TABLE "Account" ADD CONSTRAINT "Account_role_profileId_check"
  CHECK (("role" = 'patient' AND "profileId" IS NOT NULL) OR ("role" <> 'patient' AND "profileId" IS NULL));

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_endsAt_check"
  CHECK ("endsAt" > "startsAt");

ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_durationMinutes_check"
  CHECK ("durationMinutes" BETWEEN 5 AND 480);
-- Patients choose an emergency type by its description, in both languages.
ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_emergency_description_check"
  CHECK ("kind" <> 'emergency' OR ("descriptionEn" IS NOT NULL AND "descriptionFr" IS NOT NULL));

ALTER TABLE "AvailabilityBlock" ADD CONSTRAINT "AvailabilityBlock_weekday_check"
  CHECK ("weekday" BETWEEN 0 AND 6);
ALTER TABLE "AvailabilityBlock" ADD CONSTRAINT "AvailabilityBlock_minutes_check"
  CHECK (0 <= "startMinute" AND "startMinute" < "endMinute" AND "endMinute" <= 1440);
ALTER TABLE "AvailabilityBlock" ADD CONSTRAINT "AvailabilityBlock_validUntil_check"
  CHECK ("validUntil" IS NULL OR "validUntil" >= "validFrom");

ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_endsAt_check"
  CHECK ("endsAt" > "startsAt");

-- A phone number without its type (or the reverse) is half a datum.
ALTER TABLE "PatientProfile" ADD CONSTRAINT "PatientProfile_primaryPhone_check"
  CHECK (("primaryPhone" IS NULL) = ("primaryPhoneType" IS NULL));
ALTER TABLE "PatientProfile" ADD CONSTRAINT "PatientProfile_secondaryPhone_check"
  CHECK (("secondaryPhone" IS NULL) = ("secondaryPhoneType" IS NULL));

ALTER TABLE "Site" ADD CONSTRAINT "Site_addressLine_check"
  CHECK ("kind" <> 'physical' OR "addressLine" IS NOT NULL);

ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_invitationValidityDays_check"
  CHECK ("invitationValidityDays" > 0);
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_confirmationWindowHours_check"
  CHECK ("confirmationWindowHours" >= 0);
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_cancellationCutoffHours_check"
  CHECK ("cancellationCutoffHours" >= 0);
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_ageOfConsentOverride_check"
  CHECK ("ageOfConsentOverride" IS NULL OR "ageOfConsentOverride" BETWEEN 10 AND 21);

ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_attempts_check"
  CHECK ("attempts" >= 0);

-- AuditEvent is append-only (AL-3) -------------------------------------------
-- Enforced in the database so no code path (or hand-run SQL through the app's
-- role) can rewrite history. Removing old rows for retention, if ever needed,
-- is a deliberate migration/maintenance step that disables the trigger.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused (AL-3)', TG_OP;
END;
$$;

CREATE TRIGGER "AuditEvent_append_only_row"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();

CREATE TRIGGER "AuditEvent_append_only_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_append_only"();
