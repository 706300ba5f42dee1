import "server-only";
// First run: a production database starts empty, with one admin (npm run
// admin:create) and no clinic. Until an admin sets the clinic up here, every
// other staff page sends them to /admin/setup, and the background jobs wait.
// One clinic per deployment: two admins submitting at once create one, the
// second is told it is already done.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db/client";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import type { ClinicSetupInput } from "./schema";

/** Any key distinct from the migration applier's: serialises concurrent setups. */
const SETUP_LOCK_KEY = 72707370;

export async function setUpClinic(
  actor: StaffActor,
  input: ClinicSetupInput,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "clinic.setup", req, { admin: true }))) return fail("notFound");
  return db().$transaction(async (tx) => {
    // Advisory lock: "create only if none exists" has no row to lock yet.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY}::bigint)`;
    if ((await tx.clinic.count()) > 0) return fail("alreadySetUp");
    const clinic = await tx.clinic.create({ data: input, select: { id: true } });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "clinic",
        resourceId: clinic.id,
        action: "clinic.setup",
        detail: { timeZone: input.timeZone, languages: input.languages.join(",") },
      },
      tx,
    );
    return ok();
  });
}
