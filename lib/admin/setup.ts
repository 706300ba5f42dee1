import "server-only";
// First run: a production database starts empty, with one admin (npm run
// admin:create) and no clinic. Until an admin sets the clinic up here, every
// other staff page sends them to /admin/setup, and the background jobs wait.
// One clinic per deployment: two admins submitting at once create one, the
// second is told it is already done.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import { createTheClinic } from "./mutations";
import type { ClinicSetupInput } from "./schema";

export async function setUpClinic(
  actor: StaffActor,
  input: ClinicSetupInput,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "clinic.setup", req, { admin: true }))) return fail("notFound");
  const outcome = await createTheClinic(input, {
    ...auditBase(actor, req),
    resourceType: "clinic",
    action: "clinic.setup",
    detail: { timeZone: input.timeZone, languages: input.languages.join(",") },
  });
  return outcome === "created" ? ok() : fail("alreadySetUp");
}
