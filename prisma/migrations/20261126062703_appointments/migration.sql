-- CreateEnum
CREATE TYPE "CancelledBy" AS ENUM ('patient', 'clinic');

-- CreateEnum
CREATE TYPE "AppointmentLinkAction" AS ENUM ('confirm', 'cancel');

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "cancelledBy" "CancelledBy",
ADD COLUMN     "cancelledByAccountId" TEXT,
ADD COLUMN     "remindersSent" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "MailboxMessage" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "AppointmentLinkToken" (
    "id" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "action" "AppointmentLinkAction" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentLinkToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentLinkToken_tokenHash_key" ON "AppointmentLinkToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AppointmentLinkToken_appointmentId_idx" ON "AppointmentLinkToken"("appointmentId");

-- CreateIndex
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");

-- AddForeignKey
ALTER TABLE "AppointmentLinkToken" ADD CONSTRAINT "AppointmentLinkToken_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentLinkToken" ADD CONSTRAINT "AppointmentLinkToken_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
