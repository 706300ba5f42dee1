-- DropIndex
DROP INDEX "Communication_profileId_kind_lastActivityAt_idx";

-- CreateIndex
CREATE INDEX "Communication_profileId_kind_lastActivityAt_withdrawnAt_id_idx" ON "Communication"("profileId", "kind", "lastActivityAt" DESC, "withdrawnAt", "id");
