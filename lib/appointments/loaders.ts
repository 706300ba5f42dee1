import "server-only";
// Loaders of the patient's Appointments tab. The profile comes from the URL
// (?profile=…, default: the selected profile) and is only a request until
// authorizeProfile (appointments tab) proves it; a refusal is a 404 that says
// nothing about whether the profile exists.
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  authorizeProfile,
  listAccessibleProfiles,
  profileToShow,
  type AuthorizedProfileId,
} from "@/lib/access/profile-access";
import { recordProxyView } from "@/lib/audit/proxy-view";
import { requirePatient, type SessionAccount } from "@/lib/auth/gate";
import { now } from "@/lib/clock";
import { findSchedulingSettings, type SchedulingSettings } from "@/lib/scheduling/data";
import { findProfileAppointment, listProfileAppointments, type AppointmentView } from "./data";
import {
  cancelDecision,
  confirmDecision,
  type CancelDecision,
  type ConfirmDecision,
} from "./rules";

export type TabProfile = {
  id: AuthorizedProfileId;
  firstName: string;
  lastName: string;
  own: boolean;
};

/** The profile whose appointments the page shows, or null when this account may not see them. */
export async function resolveAppointmentsProfile(
  account: SessionAccount,
  requested: string | undefined,
  settings: Pick<SchedulingSettings, "timeZone">,
): Promise<TabProfile | null> {
  const profileId = await profileToShow(account, requested, settings.timeZone);
  if (!profileId) return null;
  const id = await authorizeProfile(account, profileId, "appointments", settings.timeZone);
  if (!id) return null;
  const profile = (await listAccessibleProfiles(account, settings.timeZone)).find(
    (p) => p.profileId === id,
  );
  if (!profile) return null;
  return {
    id,
    firstName: profile.firstName,
    lastName: profile.lastName,
    own: profile.state === "own",
  };
}

export type AppointmentItem = AppointmentView & {
  confirm: ConfirmDecision;
  cancel: CancelDecision;
};

function withDecisions(
  appt: AppointmentView,
  settings: SchedulingSettings,
  at: Date,
): AppointmentItem {
  return {
    ...appt,
    confirm: confirmDecision(appt, settings, at),
    cancel: cancelDecision(appt, settings, at),
  };
}

/** What the Appointments tab shows for one profile, or null when the account may not see it. */
export async function appointmentsTabFor(
  account: SessionAccount,
  requested: string | undefined,
  at: Date = now(),
) {
  const settings = await findSchedulingSettings();
  const profile = await resolveAppointmentsProfile(account, requested, settings);
  if (!profile) return null;
  if (!profile.own) await recordProxyView(account, profile.id, "appointments");
  const { upcoming, history } = await listProfileAppointments(profile.id, at);
  return {
    profile,
    clinic: {
      name: settings.name,
      phone: settings.phone,
      timeZone: settings.timeZone,
      emergencyBookingEnabled: settings.emergencyBookingEnabled,
    },
    upcoming: upcoming.map((a) => withDecisions(a, settings, at)),
    history: history.map((a) => withDecisions(a, settings, at)),
  };
}

/** The Appointments tab's access check, for its layout (see requireBox in lib/communications). */
export const requireAppointmentsTab = cache(async (requested: string | undefined) => {
  const account = await requirePatient();
  const profile = await resolveAppointmentsProfile(
    account,
    requested,
    await findSchedulingSettings(),
  );
  if (!profile) notFound();
  return profile;
});

export async function loadAppointmentsTab(requested: string | undefined) {
  const account = await requirePatient();
  const tab = await appointmentsTabFor(account, requested);
  if (!tab) notFound();
  return tab;
}

/** One booked appointment of a profile (the "done" page), or null. */
export async function bookedAppointmentFor(
  account: SessionAccount,
  requested: string | undefined,
  appointmentId: string | undefined,
) {
  const settings = await findSchedulingSettings();
  const profile = await resolveAppointmentsProfile(account, requested, settings);
  if (!profile || !appointmentId || appointmentId.length > 64) return null;
  const appointment = await findProfileAppointment(profile.id, appointmentId);
  if (!appointment) return null;
  return { profile, appointment, clinic: { phone: settings.phone, timeZone: settings.timeZone } };
}

export async function loadBookedAppointment(
  requested: string | undefined,
  appointmentId: string | undefined,
) {
  const account = await requirePatient();
  const result = await bookedAppointmentFor(account, requested, appointmentId);
  if (!result) notFound();
  return result;
}
