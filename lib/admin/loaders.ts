import "server-only";
import { randomInt } from "node:crypto";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { requireStaff, requireStaffClinic } from "@/lib/auth/gate";
import { hasStaffRole } from "@/lib/auth/roles";
import { notFound, redirect } from "next/navigation";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { requestContext } from "@/lib/request-context";
import { countOverview, findPatientName } from "./data";
import { getPatientToEdit } from "./edit-patient";
import { getPatient, listPatients, viewPatient } from "./patients";
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

/**
 * The heading of a patient's record, for the layout of its tabs: the access
 * check (a 404 from a layout keeps its status, unlike one from a page under a
 * loading boundary) and the name. Not audited: a layout also renders for a
 * prefetch, which is not a visit; each tab's page records the view.
 */
export const loadPatientHeading = cache(async (profileId: string) => {
  const { account, clinicId } = await requireStaffClinic();
  const id = profileId.length <= 64 ? await authorizeClinicProfile(clinicId, profileId) : null;
  const row = id && (await findPatientName(id));
  if (!id || !row) notFound();
  return {
    id: id as string,
    name: `${row.firstName} ${row.lastName}`,
    isAdmin: hasStaffRole(account.role, { admin: true }),
  };
});

/** A tab of a patient's record other than its details: the access check and the view's audit row, once per request. */
export const loadPatientView = cache(async (profileId: string) => {
  const account = await requireStaff();
  const id = await viewPatient(account, profileId, await requestContext());
  if (!id) notFound();
  return id;
});

/** The details tab: the profile, its account and invitations; audited as a view, once per request. */
export const loadPatient = cache(async (profileId: string) => {
  const account = await requireStaff();
  const patient = await getPatient(account, profileId, await requestContext());
  if (!patient) notFound();
  return patient;
});

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
