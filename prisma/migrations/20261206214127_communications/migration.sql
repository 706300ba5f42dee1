-- CreateEnum
CREATE TYPE "CommunicationKind" AS ENUM ('message', 'document', 'bill');

-- CreateEnum
CREATE TYPE "CommunicationOrigin" AS ENUM ('clinic', 'patient');

-- CreateEnum
CREATE TYPE "ReplyRule" AS ENUM ('none', 'once', 'unlimited');

-- CreateEnum
CREATE TYPE "ThreadStatus" AS ENUM ('open', 'answered', 'closed');

-- CreateEnum
CREATE TYPE "EntryAuthor" AS ENUM ('clinic', 'patient');

-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('unpaid', 'paid', 'void');

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "billsEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "defaultReplyRule" "ReplyRule" NOT NULL DEFAULT 'once',
ADD COLUMN     "documentsEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "messagesEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "patientMessagesEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replyDisclaimerEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "replyDisclaimerFr" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Communication" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "kind" "CommunicationKind" NOT NULL,
    "origin" "CommunicationOrigin" NOT NULL DEFAULT 'clinic',
    "subject" TEXT NOT NULL,
    "replyRule" "ReplyRule" NOT NULL DEFAULT 'none',
    "status" "ThreadStatus" NOT NULL DEFAULT 'open',
    "patientActivityAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "staffReadAt" TIMESTAMP(3),
    "createdById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Communication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationEntry" (
    "id" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "author" "EntryAuthor" NOT NULL,
    "authorAccountId" TEXT,
    "body" TEXT NOT NULL,
    "onlyReply" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationRead" (
    "communicationId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunicationRead_pkey" PRIMARY KEY ("accountId","communicationId")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFileChunk" (
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "StoredFileChunk_pkey" PRIMARY KEY ("key","seq")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "BillStatus" NOT NULL DEFAULT 'unpaid',
    "subtotalCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "statusChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillTax" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "ratePpm" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "BillTax_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicTax" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "ratePpm" INTEGER NOT NULL,

    CONSTRAINT "ClinicTax_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Communication_profileId_lastActivityAt_idx" ON "Communication"("profileId", "lastActivityAt" DESC);

-- CreateIndex
CREATE INDEX "Communication_profileId_kind_lastActivityAt_withdrawnAt_id_idx" ON "Communication"("profileId", "kind", "lastActivityAt" DESC, "withdrawnAt", "id");

-- CreateIndex
CREATE INDEX "Communication_profileId_patientActivityAt_idx" ON "Communication"("profileId", "patientActivityAt" DESC);

-- CreateIndex
CREATE INDEX "Communication_clinicId_patientActivityAt_idx" ON "Communication"("clinicId", "patientActivityAt" DESC);

-- CreateIndex
CREATE INDEX "CommunicationEntry_communicationId_createdAt_idx" ON "CommunicationEntry"("communicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationEntry_communicationId_onlyReply_key" ON "CommunicationEntry"("communicationId", "onlyReply");

-- CreateIndex
CREATE INDEX "CommunicationRead_communicationId_idx" ON "CommunicationRead"("communicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_communicationId_idx" ON "Attachment"("communicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_communicationId_key" ON "Bill"("communicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_clinicId_number_key" ON "Bill"("clinicId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_billId_position_key" ON "BillLine"("billId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BillTax_billId_position_key" ON "BillTax"("billId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicTax_clinicId_position_key" ON "ClinicTax"("clinicId", "position");

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "PatientProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationEntry" ADD CONSTRAINT "CommunicationEntry_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationEntry" ADD CONSTRAINT "CommunicationEntry_authorAccountId_fkey" FOREIGN KEY ("authorAccountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationRead" ADD CONSTRAINT "CommunicationRead_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationRead" ADD CONSTRAINT "CommunicationRead_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillTax" ADD CONSTRAINT "BillTax_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTax" ADD CONSTRAINT "ClinicTax_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: CHECK constraints Prisma's schema language cannot express ---
-- A patient's single reply is the only entry that may carry onlyReply, and it is 1.
ALTER TABLE "CommunicationEntry" ADD CONSTRAINT "CommunicationEntry_only_reply"
  CHECK ("onlyReply" IS NULL OR ("onlyReply" = 1 AND "author" = 'patient'));
-- Not empty, and bounded well above the 500 characters a patient may type
-- (the form counts what the user sees; an emoji is several code points).
ALTER TABLE "CommunicationEntry" ADD CONSTRAINT "CommunicationEntry_body_length"
  CHECK (char_length(btrim("body")) > 0 AND char_length("body") <= 20000);
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_subject_length"
  CHECK (char_length(btrim("subject")) > 0 AND char_length("subject") <= 200);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size"
  CHECK ("size" > 0 AND "size" <= 10485760);
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_amounts"
  CHECK ("subtotalCents" >= 0 AND "totalCents" >= "subtotalCents" AND "dueOn" >= "issuedOn");
ALTER TABLE "ClinicTax" ADD CONSTRAINT "ClinicTax_rate"
  CHECK ("ratePpm" >= 0 AND "ratePpm" <= 1000000);
ALTER TABLE "BillTax" ADD CONSTRAINT "BillTax_rate"
  CHECK ("ratePpm" >= 0 AND "ratePpm" <= 1000000 AND "amountCents" >= 0);
