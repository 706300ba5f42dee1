-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- The hash chain's seal (docs/decisions/0006-audit-hash-chain.md) -----------
-- AuditEvent stays append-only (AL-3) with one exception: the sealer's UPDATE
-- that sets seq, prevHash and hash on a row that has none of them, changing
-- nothing else (compared as a whole row, so a column added later is covered).
-- A second seal, an edit of any other column, DELETE and TRUNCATE are refused
-- as before, and a row may not be inserted already sealed: only the sealer,
-- under its lock, decides a row's place in the chain.
CREATE OR REPLACE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unsealed "AuditEvent";
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."seq" IS NULL AND NEW."prevHash" IS NULL AND NEW."hash" IS NULL THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'AuditEvent is append-only: a row may not be inserted sealed (AL-3)';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD."seq" IS NULL AND OLD."prevHash" IS NULL AND OLD."hash" IS NULL
       AND NEW."seq" IS NOT NULL AND NEW."prevHash" IS NOT NULL AND NEW."hash" IS NOT NULL THEN
      unsealed := NEW;
      unsealed."seq" := NULL;
      unsealed."prevHash" := NULL;
      unsealed."hash" := NULL;
      IF unsealed IS NOT DISTINCT FROM OLD THEN
        RETURN NEW;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % refused (AL-3)', TG_OP;
END;
$$;

DROP TRIGGER "AuditEvent_append_only_row" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_append_only_row"
  BEFORE INSERT OR UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();
