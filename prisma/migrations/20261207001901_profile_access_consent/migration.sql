-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('inPerson', 'phone', 'signedForm');

-- AlterTable
ALTER TABLE "ProfileAccess" ADD COLUMN     "consentMethod" "ConsentMethod",
ADD COLUMN     "consentRecordedById" TEXT;

-- AddForeignKey
ALTER TABLE "ProfileAccess" ADD CONSTRAINT "ProfileAccess_consentRecordedById_fkey" FOREIGN KEY ("consentRecordedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
