-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "brandColor" TEXT,
ADD COLUMN     "logoKey" TEXT;
