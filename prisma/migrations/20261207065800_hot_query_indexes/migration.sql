-- Two queries that grew with the clinic's history (npm run bench:pages prints
-- each page's heaviest statement; tests/integration/db/query-plans.test.ts
-- keeps their plans).

-- The patient list: the first page in name order, from the index, instead of
-- sorting every profile of the clinic.
CREATE INDEX "PatientProfile_lastName_firstName_id_idx" ON "PatientProfile"("lastName", "firstName", "id");

-- The admin navigation's counter of threads unread by staff, on every admin
-- page: only the unread ones, where it read every thread a patient ever wrote
-- in. Prisma's schema has no partial indexes: this one lives here only.
CREATE INDEX "Communication_staff_unread_idx" ON "Communication"("clinicId", "patientActivityAt" DESC)
WHERE "withdrawnAt" IS NULL
  AND "patientActivityAt" IS NOT NULL
  AND ("staffReadAt" IS NULL OR "staffReadAt" < "patientActivityAt");
