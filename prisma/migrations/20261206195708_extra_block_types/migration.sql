-- CreateTable
CREATE TABLE "AvailabilityExceptionType" (
    "exceptionId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,

    CONSTRAINT "AvailabilityExceptionType_pkey" PRIMARY KEY ("exceptionId","typeId")
);

-- AddForeignKey
ALTER TABLE "AvailabilityExceptionType" ADD CONSTRAINT "AvailabilityExceptionType_exceptionId_fkey" FOREIGN KEY ("exceptionId") REFERENCES "AvailabilityException"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityExceptionType" ADD CONSTRAINT "AvailabilityExceptionType_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppointmentType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: an extra block made before this migration offered every type
-- in its practitioner's scope, and keeps doing so. Every type of the clinic is
-- the same offer: the slot search only ever asks for types in that scope.
INSERT INTO "AvailabilityExceptionType" ("exceptionId", "typeId")
SELECT e."id", t."id"
FROM "AvailabilityException" e
JOIN "Practitioner" p ON p."id" = e."practitionerId"
JOIN "AppointmentType" t ON t."clinicId" = p."clinicId"
WHERE e."kind" = 'extra';
