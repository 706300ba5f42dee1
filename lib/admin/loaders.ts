import "server-only";
import { requireStaff } from "@/lib/auth/gate";
import { db } from "@/lib/db/client";

/** Counts for the staff overview; no patient data. */
export async function loadAdminOverview() {
  await requireStaff();
  const [patients, practitioners, sites, upcoming] = await Promise.all([
    db().patientProfile.count(),
    db().practitioner.count({ where: { active: true } }),
    db().site.count({ where: { active: true } }),
    db().appointment.count({ where: { startsAt: { gte: new Date() }, status: { in: ["booked", "confirmed"] } } }),
  ]);
  return { patients, practitioners, sites, upcoming };
}
