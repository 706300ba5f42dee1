-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "patientsEditContact" BOOLEAN NOT NULL DEFAULT true;
