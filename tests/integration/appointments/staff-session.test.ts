// AC-6 through the real session gate: a signed-in patient (a real next-auth
// JWT, read back by getServerSession) gets a 404 from every staff loader and
// every staff server action of the appointment book, availability and
// scheduling settings, before any input is looked at; a staff member gets
// through (so the test can fail), but not into the admin-only settings.
// Stand-ins: where the cookie comes from (no Next request here) and the
// request headers (a same-origin request without Origin).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "user-agent": "vitest" }),
}));

const availability = await import("@/lib/availability/loaders");
const availabilityActions = await import("@/lib/availability/actions");
const book = await import("@/lib/appointment-book/loaders");
const bookActions = await import("@/lib/appointment-book/actions");

const PASSWORD = "Staff-session-test-2026";
let practitionerId: string;
let appointmentId: string;

async function signIn(email: string) {
  const { sessionCookie } = await signInWithNextAuth(email, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

async function digestOf(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

beforeAll(async () => {
  const clinic = await createClinic();
  const site = await db().site.create({
    data: { clinicId: clinic.id, nameEn: "Site", nameFr: "Site", kind: "virtual" },
  });
  const practitioner = await db().practitioner.create({
    data: {
      clinicId: clinic.id,
      title: "Dr.",
      firstName: "Ann",
      lastName: "Lee",
      sites: { create: [{ siteId: site.id }] },
    },
  });
  const type = await db().appointmentType.create({
    data: { clinicId: clinic.id, nameEn: "Visit", nameFr: "Visite", durationMinutes: 15 },
  });
  const { profile } = await createPatient(clinic.id, { email: uniqueEmail("target") });
  const appointment = await db().appointment.create({
    data: {
      profileId: profile.id,
      practitionerId: practitioner.id,
      siteId: site.id,
      typeId: type.id,
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 86_400_000 + 900_000),
    },
  });
  practitionerId = practitioner.id;
  appointmentId = appointment.id;
});
afterEach(() => {
  request.cookies = {};
});

const loaders = () => [
  () => availability.loadAvailabilityIndex(),
  () => availability.loadPractitionerAvailability(practitionerId),
  () => book.loadBook({}),
  () => book.loadBookAppointment(appointmentId),
  () => book.loadStaffBooking({ q: "a" }),
  () => book.loadSchedulingSettings(),
];

const actions = () => [
  () =>
    availabilityActions.saveWeekAction(
      null,
      form({
        practitionerId,
        siteId: "x",
        validFrom: "2031-01-01",
        "start-1-a": "09:00",
        "end-1-a": "10:00",
        "types-1-a": "t",
      }),
    ),
  () =>
    availabilityActions.addTimeOffAction(
      null,
      form({ practitionerId, from: "2031-01-01T09:00", until: "2031-01-01T10:00" }),
    ),
  () => availabilityActions.addExtraBlockAction(null, form({ practitionerId })),
  () => availabilityActions.removeExceptionAction(null, form({ id: "e", practitionerId })),
  () => bookActions.cancelAppointmentAction(null, form({ appointmentId, reason: "forged" })),
  () => bookActions.attendanceAction(null, form({ appointmentId, outcome: "noShow" })),
  () => bookActions.clinicNoteAction(null, form({ appointmentId, note: "forged" })),
  () =>
    bookActions.staffBookAction(
      null,
      form({ profileId: "p", typeId: "t", slot: "a|b|2031-01-01T14:00:00Z", reason: "x" }),
    ),
  () => bookActions.schedulingSettingsAction(null, form({ confirmationWindowHours: "1" })),
];

describe("AC-6 staff pages and actions of the appointments issue", () => {
  it("a patient gets a 404 from every loader and every action, and nothing changes", async () => {
    const email = uniqueEmail("patient");
    const clinicId = (await db().clinic.findFirstOrThrow({ select: { id: true } })).id;
    await createPatient(clinicId, { email, password: PASSWORD });
    await signIn(email);
    for (const call of [...loaders(), ...actions()])
      expect(await digestOf(call)).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(
      await db().appointment.findUniqueOrThrow({
        where: { id: appointmentId },
        select: { status: true, clinicNote: true },
      }),
    ).toEqual({ status: "booked", clinicNote: null });
    expect(await db().availabilityBlock.count()).toBe(0);
  });

  it("a staff member gets through the gate, but not into the admin-only settings", async () => {
    const email = uniqueEmail("staff");
    await createStaff({ email, password: PASSWORD, role: "staff" });
    await signIn(email);
    expect((await book.loadBookAppointment(appointmentId)).appointment.id).toBe(appointmentId);
    expect((await availability.loadAvailabilityIndex()).map((p) => p.id)).toEqual([practitionerId]);
    // Past the gate, the input is parsed: a half-filled form is a field error, not a 404.
    expect(
      await availabilityActions.saveWeekAction(null, form({ practitionerId, "start-1-a": "9" })),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect(await digestOf(() => book.loadSchedulingSettings())).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
    expect(
      await digestOf(() =>
        bookActions.schedulingSettingsAction(null, form({ confirmationWindowHours: "1" })),
      ),
    ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
