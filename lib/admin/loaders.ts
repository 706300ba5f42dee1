import "server-only";
import { requireStaff } from "@/lib/auth/gate";
import { db } from "@/lib/db/client";
import { notFound } from "next/navigation";
import { requestContext } from "@/lib/request-context";
import { getPatient, listPatients } from "./patients";
import { getSettings } from "./settings";
import { listStaff } from "./staff-accounts";

/** Counts for the staff overview; no patient data. */
export async function loadAdminOverview() {
  await requireStaff();
  const [patients, practitioners, sites, upcoming] = await Promise.all([
    db().patientProfile.count(),
    db().practitioner.count({ where: { active: true } }),
    db().site.count({ where: { active: true } }),
    db().appointment.count({
      where: { startsAt: { gte: new Date() }, status: { in: ["booked", "confirmed"] } },
    }),
  ]);
  return { patients, practitioners, sites, upcoming };
}

/** Loaders of the staff pages: the session gate, then the use case (which checks the role again). */
export async function loadStaffList() {
  const account = await requireStaff({ admin: true });
  const ctx = await requestContext();
  return { rows: (await listStaff(account, ctx)) ?? [], selfId: account.id };
}

export async function loadPatientList(query: string, page: number) {
  const account = await requireStaff();
  const result = await listPatients(account, { query, page }, await requestContext());
  if (!result) notFound();
  return result;
}

export async function loadPatient(profileId: string) {
  const account = await requireStaff();
  const patient = await getPatient(account, profileId, await requestContext());
  if (!patient) notFound();
  return patient;
}

export async function loadSettings() {
  const account = await requireStaff({ admin: true });
  const settings = await getSettings(account, await requestContext());
  if (!settings) notFound();
  return settings;
}

export async function loadStaffRole() {
  const account = await requireStaff();
  return account.role;
}

export async function loadClinicInvitationDays() {
  await requireStaff();
  const clinic = await db().clinic.findFirst({
    orderBy: { createdAt: "asc" },
    select: { invitationValidityDays: true },
  });
  return clinic?.invitationValidityDays ?? 14;
}
