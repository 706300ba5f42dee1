// prisma/migrations and prisma/schema must describe the same database: the
// diff `npm run db:migration` would author next is empty. This also proves the
// next generated migration will not try to drop the hand-written SQL (the
// exclusion constraint, CHECKs, audit trigger, btree_gist): the engine replays
// the migrations, sees those objects, and proposes nothing about them.
// Slow-ish (the schema engine in WASM replays every migration in a PGlite).
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, dropsOfHandWritten } from "../../../scripts/db/new-migration";

describe("migrations match the Prisma schema", () => {
  it("the next authored migration would be empty", { timeout: 180_000 }, async () => {
    const sql = await diffMigrationsToSchema();
    expect(
      sql,
      `schema changed without a migration: run npm run db:migration -- <name>\n${sql}`,
    ).toBe("");
  });

  it("a diff dropping hand-written objects is caught before it is written", () => {
    const proposed = [
      `-- AlterTable\nALTER TABLE "Clinic" ADD COLUMN "x" TEXT;`,
      `ALTER TABLE "Appointment" DROP CONSTRAINT "Appointment_no_overlap";`,
      `ALTER TABLE "Account" DROP CONSTRAINT "Account_email_check";`,
      `DROP INDEX "Appointment_no_overlap";`,
      `DROP EXTENSION "btree_gist";`,
      `DROP INDEX "Communication_staff_unread_idx";`,
      `ALTER TABLE "Account" DROP CONSTRAINT "Account_profileId_fkey";`,
    ].join("\n\n");
    expect(dropsOfHandWritten(proposed)).toHaveLength(5);
  });
});
