import "server-only";
// The busy patient (DEMO_BUSY_ACCOUNT): 50 upcoming and 40 past visits, one a
// day at 06:00, before any practitioner's hours. The upcoming ones are
// cancelled and the past ones completed, so that none takes a slot another
// test books or shows as outside a practitioner's hours in the weekly editor.
import { addDays, localToUtc } from "@/lib/time/zoned";
import { DEMO_BUSY_ACCOUNT, DEMO_PASSWORD } from "./credentials";
import { createAppointment, createPatient } from "./factories";

export async function seedBusyPatient(data: {
  clinicId: string;
  today: string;
  timeZone: string;
  practitionerId: string;
  siteId: string;
  typeId: string;
}) {
  const { profile } = await createPatient(data.clinicId, {
    email: DEMO_BUSY_ACCOUNT,
    password: DEMO_PASSWORD,
    firstName: "Gilles",
    lastName: "Ouellet",
    dateOfBirth: "1950-06-21",
    language: "en",
  });
  const days = [
    ...Array.from({ length: 50 }, (_, i) => i + 1),
    ...Array.from({ length: 40 }, (_, i) => -(i + 1) * 7),
  ];
  for (const day of days)
    await createAppointment({
      profileId: profile.id,
      practitionerId: data.practitionerId,
      siteId: data.siteId,
      typeId: data.typeId,
      startsAt: localToUtc(addDays(data.today, day), 6 * 60, data.timeZone)!,
      status: day > 0 ? "cancelled" : "completed",
      reason: "Follow-up of blood pressure and medication",
    });
}
