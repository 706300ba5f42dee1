-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "collectsHealthCard" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PatientProfile" ADD COLUMN     "healthCardNumber" TEXT;
