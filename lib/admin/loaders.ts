import "server-only";
import { randomInt } from "node:crypto";
import { getLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/gate";
import { notFound, redirect } from "next/navigation";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { requestContext } from "@/lib/request-context";
import { countOverview } from "./data";
import { getPatientToEdit } from "./edit-patient";
import { getPatient, listPatients } from "./patients";
import { getSettings } from "./settings";
import { listStaff } from "./staff-accounts";
import { DEFAULT_TIME_ZONE } from "@/lib/clinic/default-time-zone";

/** The first-run form's defaults; once the clinic exists the page is done and sends staff on. */
export async function loadClinicSetup() {
  const account = await requireStaff();
  if (await loadClinic()) redirect(`/${await getLocale()}/admin`);
  return {
    canSetUp: account.role === "admin",
    timeZones: Intl.supportedValuesOf("timeZone"),
    values: {
      name: "",
      phone: "",
      email: "",
      addressLine: "",
      city: "",
      province: "QC",
      postalCode: "",
      timeZone: DEFAULT_TIME_ZONE,
      // A suggestion patients will type from their invitation; the admin may change it.
      clinicCode: String(randomInt(0, 1_000_000)).padStart(6, "0"),
    },
  };
}

/** Counts for the staff overview; no patient data. */
export async function loadAdminOverview() {
  await requireStaff();
  return countOverview(now());
}

/** Loaders of the staff pages: the session gate, then the use case (which checks the role again). */
export async function loadStaffList() {
  const account = await requireStaff({ admin: true });
  const ctx = await requestContext();
  return { rows: (await listStaff(account, ctx)) ?? [], selfId: account.id };
}

export async function loadPatientList(query: string, page: number, lapsing = false) {
  const account = await requireStaff();
  const result = await listPatients(account, { query, page, lapsing }, await requestContext());
  if (!result) notFound();
  return result;
}

export async function loadPatient(profileId: string) {
  const account = await requireStaff();
  const patient = await getPatient(account, profileId, await requestContext());
  if (!patient) notFound();
  return patient;
}

export async function loadPatientToEdit(profileId: string) {
  const account = await requireStaff();
  const patient = await getPatientToEdit(account, profileId, await requestContext());
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
  return (await loadClinic())?.invitationValidityDays ?? 14;
}
