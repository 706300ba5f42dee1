// The patient side of appointments on a real database: the Appointments tab
// and booking loaders and the book/confirm/cancel server actions, called as
// the app calls them (the real accountAction wrapper, real next-auth sessions).
// Authorization matrix (SECURITY.md AC-1..AC-5): another patient, a proxy
// whose grant lacks the appointments permission, a lapsed grant and an
// anonymous visitor can neither see (loader → null / 404 / login redirect) nor
// act (actions with forged ids → refusal, nothing changes); the parent holding
// the appointments grant can book, confirm and cancel for the child. The same
// matrix covers the booking confirmation page, an appointment's page and the
// "booked" page (both take an appointment id from the URL; a revoked grant too,
// and a proxy's look is recorded once) and the dashboard's upcoming visits.
//
// Stand-ins, as in tests/integration/security/session-gate.test.ts: outside a
// Next request there is no next/headers, so the request's headers and the
// session cookie are given explicitly; next-intl's getLocale (read only to
// build the login redirect) answers "en".
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createAppointment,
  createAppointmentType,
  createAvailabilityBlock,
  createClinic,
  createPatient,
  createPractitioner,
  createProfile,
  createSite,
  createSpecialty,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "user-agent": "vitest",
      "x-request-id": "req-appointments",
      "x-client-ip": "192.0.2.20",
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { bookAppointmentAction, cancelAppointmentAction, confirmAppointmentAction } =
  await import("@/lib/appointments/actions");
const { appointmentsTabFor, profileAppointmentFor, loadAppointmentsTab, loadProfileAppointment } =
  await import("@/lib/appointments/loaders");
const { bookingConfirmationFor, bookingStateFor, loadBookingConfirmation, loadBookingState } =
  await import("@/lib/booking/loaders");
const { loadDashboard } = await import("@/lib/portal/loaders");
const { findSessionAccount } = await import("@/lib/auth/data");
const { searchSlots } = await import("@/lib/scheduling/search");
const { todayIn } = await import("@/lib/clock");

const PASSWORD = "Appointments-test-2026!";
const HOUR = 3_600_000;
const TZ = "America/Toronto";

type Who = { email: string; accountId: string; profileId: string };
let parent: Who;
let other: Who;
let proxy: Who;
let childId: string;
let teenId: string;
let practitionerId: string;
/** Fixtures are this practitioner's, so they never take a slot the booking tests pick. */
let fixturePractitionerId: string;
let siteId: string;
let typeId: string;
let specialtyId: string;

function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function patient(name: string): Promise<Who> {
  const email = uniqueEmail(name);
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: name,
  });
  return { email, accountId: account.id, profileId: profile.id };
}

let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: TZ })).id;
  const site = await createSite(clinicId, { nameEn: "Main site" });
  const specialty = await createSpecialty(clinicId, "Family medicine", "Médecine familiale");
  const practitioner = await createPractitioner(clinicId, {
    specialtyIds: [specialty.id],
    siteIds: [site.id],
  });
  const type = await createAppointmentType(clinicId, {
    nameEn: "Visit",
    durationMinutes: 15,
    specialtyId: specialty.id,
  });
  siteId = site.id;
  specialtyId = specialty.id;
  practitionerId = practitioner.id;
  fixturePractitionerId = (
    await createPractitioner(clinicId, { specialtyIds: [specialty.id], siteIds: [site.id] })
  ).id;
  typeId = type.id;
  const today = todayIn(TZ);
  for (let weekday = 0; weekday <= 6; weekday++) {
    await createAvailabilityBlock({
      practitionerId,
      siteId,
      weekday,
      from: "08:00",
      to: "18:00",
      validFrom: today,
      typeIds: [typeId],
    });
  }

  parent = await patient("Parent");
  other = await patient("Other");
  proxy = await patient("Proxy");
  childId = (await createProfile(clinicId, { firstName: "Child", dateOfBirth: yearsAgo(8) })).id;
  teenId = (await createProfile(clinicId, { firstName: "Teen", dateOfBirth: yearsAgo(15, 30) })).id;
  await grantAccess({
    accountId: parent.accountId,
    profileId: childId,
    tabs: ["appointments", "messages"],
  });
  // Granted when a child; lapsed at 14 (Québec) without the teen's consent.
  await grantAccess({
    accountId: parent.accountId,
    profileId: teenId,
    tabs: ["appointments", "messages", "documents", "bills"],
  });
  // A proxy for the same child, without the appointments permission.
  await grantAccess({
    accountId: proxy.accountId,
    profileId: childId,
    tabs: ["messages", "documents"],
  });
});

afterEach(() => {
  request.cookies = {};
});

async function signIn(who: Who | null) {
  if (!who) {
    request.cookies = {};
    return;
  }
  const { sessionCookie } = await signInWithNextAuth(who.email, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

async function account(who: Who) {
  return (await findSessionAccount(who.accountId))!;
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** Next's redirect()/notFound() throw errors tagged by digest. */
async function thrownDigest(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "no error";
}

let fixtures = 0;
/**
 * A booked visit `hoursAhead` from now (plus a few minutes each, so fixtures never overlap), with
 * the fixture practitioner: the booking tests book the first free slot of the other one, which
 * depends on the time of day the suite runs.
 */
async function fixtureAppointment(profileId: string, hoursAhead: number) {
  // Fixtures may sit anywhere: no slot check.
  const startsAt = new Date(
    Math.ceil((Date.now() + hoursAhead * HOUR) / (15 * 60_000)) * 15 * 60_000 +
      ++fixtures * 20 * 60_000,
  );
  return createAppointment({
    profileId,
    practitionerId: fixturePractitionerId,
    siteId,
    typeId,
    startsAt,
    bookedByAccountId: parent.accountId,
    reason: "Private reason",
  });
}
const childAppointment = (hoursAhead: number) => fixtureAppointment(childId, hoursAhead);

async function firstFreeSlot() {
  const slots = await searchSlots({
    typeId,
    practitionerId,
    siteId,
    from: todayIn(TZ),
    days: 14,
    audience: "patient",
  });
  expect(slots.length).toBeGreaterThan(0);
  return slots[0]!;
}

function bookForm(profileId: string, startsAt: Date) {
  return form({
    profileId,
    practitionerId,
    siteId,
    typeId,
    startsAt: startsAt.toISOString(),
    reason: "Headache",
  });
}

const outsiders = [
  { name: "another patient", who: () => other },
  { name: "a proxy without the appointments permission", who: () => proxy },
] as const;

describe("seeing the child's appointments", () => {
  it("the parent with the appointments grant sees them, in the tab and the booking flow", async () => {
    const appt = await childAppointment(100);
    const tab = await appointmentsTabFor(await account(parent), childId);
    expect(tab?.profile).toMatchObject({ id: childId, firstName: "Child", own: false });
    expect(tab?.upcoming.rows.map((a) => a.id)).toContain(appt.id);
    const state = await bookingStateFor(await account(parent), "regular", { profile: childId });
    expect(state?.step.name).toBe("specialty");
    expect(state?.profile.id).toBe(childId);
  });

  for (const { name, who } of outsiders) {
    it(`${name} gets nothing from the loaders, and a 404 from the page loaders`, async () => {
      await childAppointment(120);
      const acc = await account(who());
      expect(await appointmentsTabFor(acc, childId)).toBeNull();
      expect(await bookingStateFor(acc, "regular", { profile: childId })).toBeNull();
      expect(await bookingStateFor(acc, "emergency", { profile: childId })).toBeNull();
      await signIn(who());
      expect(await thrownDigest(() => loadAppointmentsTab(childId))).toMatch(
        /^NEXT_HTTP_ERROR_FALLBACK;404/,
      );
      expect(await thrownDigest(() => loadBookingState("regular", { profile: childId }))).toMatch(
        /^NEXT_HTTP_ERROR_FALLBACK;404/,
      );
      // Their own tab works: the refusal is about the profile, not the page.
      expect((await loadAppointmentsTab(undefined)).profile.id).toBe(who().profileId);
    });
  }

  it("a lapsed grant (the teen reached the age of consent) gives nothing", async () => {
    const acc = await account(parent);
    expect(await appointmentsTabFor(acc, teenId)).toBeNull();
    expect(await bookingStateFor(acc, "regular", { profile: teenId })).toBeNull();
    await signIn(parent);
    expect(await thrownDigest(() => loadAppointmentsTab(teenId))).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });

  it("an anonymous visitor is sent to the login page", async () => {
    await signIn(null);
    expect(await thrownDigest(() => loadAppointmentsTab(childId))).toMatch(
      /^NEXT_REDIRECT;.*\/en\/login/,
    );
    expect(await thrownDigest(() => loadBookingState("regular", { profile: childId }))).toMatch(
      /^NEXT_REDIRECT;.*\/en\/login/,
    );
  });

  it("every refusal is audited as a denied access", async () => {
    const denied = await db().auditEvent.count({
      where: {
        subjectProfileId: childId,
        action: "access",
        outcome: "denied",
        actorAccountId: other.accountId,
      },
    });
    expect(denied).toBeGreaterThan(0);
  });
});

describe("acting on the child's appointments with forged ids", () => {
  for (const { name, who } of outsiders) {
    it(`${name} can neither book, confirm nor cancel`, async () => {
      const confirmable = await childAppointment(60);
      const cancellable = await childAppointment(24 * 6);
      const before = await db().appointment.count();
      await signIn(who());
      const slot = await firstFreeSlot();
      expect(await bookAppointmentAction(null, bookForm(childId, slot.startsAt))).toMatchObject({
        ok: false,
        code: "notFound",
      });
      expect(
        await confirmAppointmentAction(
          null,
          form({ profileId: childId, appointmentId: confirmable.id }),
        ),
      ).toMatchObject({ ok: false, code: "notFound" });
      expect(
        await cancelAppointmentAction(
          null,
          form({ profileId: childId, appointmentId: cancellable.id }),
        ),
      ).toMatchObject({ ok: false, code: "notFound" });
      // Their own (authorized) profile with the child's appointment id: scoped away.
      const own = who().profileId;
      expect(
        await confirmAppointmentAction(
          null,
          form({ profileId: own, appointmentId: confirmable.id }),
        ),
      ).toMatchObject({ ok: false, code: "notFound" });
      expect(
        await cancelAppointmentAction(
          null,
          form({ profileId: own, appointmentId: cancellable.id }),
        ),
      ).toMatchObject({ ok: false, code: "notFound" });
      expect(await db().appointment.count()).toBe(before);
      const rows = await db().appointment.findMany({
        where: { id: { in: [confirmable.id, cancellable.id] } },
        select: { status: true },
      });
      expect(rows.map((r) => r.status)).toEqual(["booked", "booked"]);
    });
  }

  it("the parent whose grant lapsed (teen) can neither book, confirm nor cancel", async () => {
    const appt = await fixtureAppointment(teenId, 60);
    await signIn(parent);
    const slot = await firstFreeSlot();
    expect(await bookAppointmentAction(null, bookForm(teenId, slot.startsAt))).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await confirmAppointmentAction(null, form({ profileId: teenId, appointmentId: appt.id })),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await cancelAppointmentAction(null, form({ profileId: teenId, appointmentId: appt.id })),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appt.id } })).status).toBe(
      "booked",
    );
    expect(await db().appointment.count({ where: { profileId: teenId } })).toBe(1);
  });

  it("an anonymous visitor is redirected to log in and nothing changes", async () => {
    const appt = await childAppointment(62);
    await signIn(null);
    const before = await db().appointment.count();
    const slot = await firstFreeSlot();
    expect(
      await thrownDigest(() => bookAppointmentAction(null, bookForm(childId, slot.startsAt))),
    ).toMatch(/^NEXT_REDIRECT;.*\/en\/login/);
    expect(
      await thrownDigest(() =>
        confirmAppointmentAction(null, form({ profileId: childId, appointmentId: appt.id })),
      ),
    ).toMatch(/^NEXT_REDIRECT/);
    expect(
      await thrownDigest(() =>
        cancelAppointmentAction(null, form({ profileId: childId, appointmentId: appt.id })),
      ),
    ).toMatch(/^NEXT_REDIRECT/);
    expect(await db().appointment.count()).toBe(before);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appt.id } })).status).toBe(
      "booked",
    );
  });

  it("a patient who has not accepted the clinic's new terms is sent to them first, and nothing changes", async () => {
    const appt = await childAppointment(62);
    await signIn(parent);
    const before = await db().appointment.count();
    const slot = await firstFreeSlot();
    await db().clinic.updateMany({ data: { termsVersion: { increment: 1 } } });
    try {
      expect(
        await thrownDigest(() => bookAppointmentAction(null, bookForm(childId, slot.startsAt))),
      ).toMatch(/^NEXT_REDIRECT;.*\/en\/terms/);
      expect(
        await thrownDigest(() =>
          cancelAppointmentAction(null, form({ profileId: childId, appointmentId: appt.id })),
        ),
      ).toMatch(/^NEXT_REDIRECT;.*\/en\/terms/);
    } finally {
      await db().clinic.updateMany({ data: { termsVersion: { decrement: 1 } } });
    }
    expect(await db().appointment.count()).toBe(before);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appt.id } })).status).toBe(
      "booked",
    );
  });
});

describe("the parent acts for the child", () => {
  it("books a free slot: the row is the child's, booked by the parent, with the reason", async () => {
    await signIn(parent);
    const slot = await firstFreeSlot();
    const result = await bookAppointmentAction(null, bookForm(childId, slot.startsAt));
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.data!.appointmentId : "";
    expect(await db().appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      profileId: childId,
      bookedByAccountId: parent.accountId,
      status: "booked",
      reason: "Headache",
      startsAt: slot.startsAt,
    });
    // The same slot again: taken (the grid would be refreshed).
    expect(await bookAppointmentAction(null, bookForm(childId, slot.startsAt))).toMatchObject({
      ok: false,
      code: "slotTaken",
    });
  });

  it("confirms inside the window and cancels before the cut-off", async () => {
    const confirmable = await childAppointment(60);
    const cancellable = await childAppointment(24 * 6);
    await signIn(parent);
    expect(
      await confirmAppointmentAction(
        null,
        form({ profileId: childId, appointmentId: confirmable.id }),
      ),
    ).toEqual({ ok: true, data: undefined });
    expect(
      await cancelAppointmentAction(
        null,
        form({ profileId: childId, appointmentId: cancellable.id }),
      ),
    ).toEqual({ ok: true, data: undefined });
    expect(
      (await db().appointment.findUniqueOrThrow({ where: { id: confirmable.id } })).status,
    ).toBe("confirmed");
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: cancellable.id } }),
    ).toMatchObject({
      status: "cancelled",
      cancelledBy: "patient",
      cancelledByAccountId: parent.accountId,
    });
    // Their pages now offer neither.
    const shown = async (id: string) =>
      (await profileAppointmentFor(await account(parent), childId, id))!.appointment;
    expect((await shown(confirmable.id)).confirm).toEqual({
      allowed: false,
      reason: "alreadyConfirmed",
    });
    expect((await shown(cancellable.id)).cancel).toEqual({ allowed: false, reason: "notActive" });
  });

  it("is told why not outside the windows: confirm not yet open, cancel past the cut-off", async () => {
    const far = await childAppointment(24 * 8);
    const near = await childAppointment(30);
    await signIn(parent);
    expect(
      await confirmAppointmentAction(null, form({ profileId: childId, appointmentId: far.id })),
    ).toMatchObject({ ok: false, code: "notYet" });
    expect(
      await cancelAppointmentAction(null, form({ profileId: childId, appointmentId: near.id })),
    ).toMatchObject({ ok: false, code: "pastCutoff" });
    const shown = async (id: string) =>
      (await profileAppointmentFor(await account(parent), childId, id))!.appointment;
    expect((await shown(far.id)).confirm).toMatchObject({ allowed: false, reason: "notYet" });
    expect((await shown(near.id)).cancel).toMatchObject({ allowed: false, reason: "pastCutoff" });
  });
});

/** The looks at one appointment an account left in the audit log. */
const views = (accountId: string, appointmentId: string) =>
  db().auditEvent.findMany({
    where: { actorAccountId: accountId, resourceType: "appointments", resourceId: appointmentId },
    select: { subjectProfileId: true, action: true },
  });

/** Every appointment row as it is: a loader must leave them all exactly so. */
const appointmentRows = () => db().appointment.findMany({ orderBy: { id: "asc" } });

const NOT_FOUND = /^NEXT_HTTP_ERROR_FALLBACK;404/;
const TO_LOGIN = /^NEXT_REDIRECT;.*\/en\/login/;

describe("the booking confirmation page (loadBookingConfirmation)", () => {
  /** The confirmation page's query for the first free slot, booking for `profile`. */
  async function confirmQuery(profile: string) {
    const slot = await firstFreeSlot();
    return {
      profile,
      specialty: specialtyId,
      practitioner: practitionerId,
      type: typeId,
      when: "asap",
      start: slot.startsAt.toISOString(),
    };
  }

  it("shows the parent with the appointments grant the child's chosen slot", async () => {
    const query = await confirmQuery(childId);
    const result = await bookingConfirmationFor(await account(parent), "regular", query);
    expect(result?.state.profile.id).toBe(childId);
    expect(result?.slot?.startsAt.toISOString()).toBe(query.start);
    expect(result?.slot?.practitioner.id).toBe(practitionerId);
    await signIn(parent);
    expect((await loadBookingConfirmation("regular", query)).slot?.startsAt.toISOString()).toBe(
      query.start,
    );
  });

  for (const { name, who } of outsiders) {
    it(`${name} gets nothing and a 404, and nothing changes`, async () => {
      const query = await confirmQuery(childId);
      const before = await appointmentRows();
      expect(await bookingConfirmationFor(await account(who()), "regular", query)).toBeNull();
      expect(await bookingConfirmationFor(await account(who()), "emergency", query)).toBeNull();
      await signIn(who());
      expect(await thrownDigest(() => loadBookingConfirmation("regular", query))).toMatch(
        NOT_FOUND,
      );
      // The same slot for their own profile works: the refusal is about the child's profile.
      expect(
        (await loadBookingConfirmation("regular", { ...query, profile: who().profileId })).state
          .profile.id,
      ).toBe(who().profileId);
      expect(await appointmentRows()).toEqual(before);
    });
  }

  it("a lapsed grant (teen) gets nothing and a 404, and nothing changes", async () => {
    const query = await confirmQuery(teenId);
    const before = await appointmentRows();
    expect(await bookingConfirmationFor(await account(parent), "regular", query)).toBeNull();
    await signIn(parent);
    expect(await thrownDigest(() => loadBookingConfirmation("regular", query))).toMatch(NOT_FOUND);
    expect(await appointmentRows()).toEqual(before);
  });

  it("an anonymous visitor is sent to the login page, and nothing changes", async () => {
    const query = await confirmQuery(childId);
    const before = await appointmentRows();
    await signIn(null);
    expect(await thrownDigest(() => loadBookingConfirmation("regular", query))).toMatch(TO_LOGIN);
    expect(await appointmentRows()).toEqual(before);
  });
});

describe("an appointment's page and the booked page (loadProfileAppointment, appointment id from the URL)", () => {
  it("shows the parent the child's appointment, and only with the child's profile", async () => {
    const appt = await childAppointment(240);
    const shown = await profileAppointmentFor(await account(parent), childId, appt.id);
    expect(shown?.profile.id).toBe(childId);
    expect(shown?.appointment.id).toBe(appt.id);
    await signIn(parent);
    expect((await loadProfileAppointment(childId, appt.id)).appointment.id).toBe(appt.id);
    // The parent's own profile with the child's appointment id: not theirs.
    expect(await profileAppointmentFor(await account(parent), undefined, appt.id)).toBeNull();
    expect(await thrownDigest(() => loadProfileAppointment(undefined, appt.id))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadProfileAppointment(parent.profileId, appt.id))).toMatch(
      NOT_FOUND,
    );
  });

  for (const { name, who } of outsiders) {
    it(`${name} gets a 404 for the child's appointment, with the child's profile or their own, and nothing changes`, async () => {
      const appt = await childAppointment(264);
      const before = await appointmentRows();
      const acc = await account(who());
      expect(await profileAppointmentFor(acc, childId, appt.id)).toBeNull();
      expect(await profileAppointmentFor(acc, who().profileId, appt.id)).toBeNull();
      expect(await profileAppointmentFor(acc, undefined, appt.id)).toBeNull();
      await signIn(who());
      expect(await thrownDigest(() => loadProfileAppointment(childId, appt.id))).toMatch(NOT_FOUND);
      expect(await thrownDigest(() => loadProfileAppointment(who().profileId, appt.id))).toMatch(
        NOT_FOUND,
      );
      expect(await thrownDigest(() => loadProfileAppointment(undefined, appt.id))).toMatch(
        NOT_FOUND,
      );
      expect(await appointmentRows()).toEqual(before);
    });
  }

  it("another patient's appointment id with a profile one may see (own, or the child's) is a 404", async () => {
    const theirs = await fixtureAppointment(other.profileId, 288);
    const acc = await account(parent);
    expect(await profileAppointmentFor(acc, childId, theirs.id)).toBeNull();
    expect(await profileAppointmentFor(acc, undefined, theirs.id)).toBeNull();
    await signIn(parent);
    expect(await thrownDigest(() => loadProfileAppointment(childId, theirs.id))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadProfileAppointment(undefined, theirs.id))).toMatch(
      NOT_FOUND,
    );
    // The owner sees it: the id is real.
    expect(
      (await profileAppointmentFor(await account(other), undefined, theirs.id))?.appointment.id,
    ).toBe(theirs.id);
  });

  it("a lapsed grant (teen) gets a 404 for the teen's appointment, and nothing changes", async () => {
    const appt = await fixtureAppointment(teenId, 312);
    const before = await appointmentRows();
    expect(await profileAppointmentFor(await account(parent), teenId, appt.id)).toBeNull();
    await signIn(parent);
    expect(await thrownDigest(() => loadProfileAppointment(teenId, appt.id))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadProfileAppointment(undefined, appt.id))).toMatch(NOT_FOUND);
    expect(await appointmentRows()).toEqual(before);
  });

  it("an anonymous visitor is sent to the login page, and nothing changes", async () => {
    const appt = await childAppointment(336);
    const before = await appointmentRows();
    await signIn(null);
    expect(await thrownDigest(() => loadProfileAppointment(childId, appt.id))).toMatch(TO_LOGIN);
    expect(await appointmentRows()).toEqual(before);
  });

  it("a revoked grant gets a 404 for the child's appointment, and nothing is recorded", async () => {
    const revoked = await patient("Revoked");
    const grant = await grantAccess({
      accountId: revoked.accountId,
      profileId: childId,
      tabs: ["appointments"],
    });
    const appt = await childAppointment(360);
    expect(
      (await profileAppointmentFor(await account(revoked), childId, appt.id))?.appointment.id,
    ).toBe(appt.id);
    await db().profileAccess.update({ where: { id: grant.id }, data: { revokedAt: new Date() } });
    const seen = await views(revoked.accountId, appt.id);
    expect(await profileAppointmentFor(await account(revoked), childId, appt.id)).toBeNull();
    await signIn(revoked);
    expect(await thrownDigest(() => loadProfileAppointment(childId, appt.id))).toMatch(NOT_FOUND);
    expect(await views(revoked.accountId, appt.id)).toEqual(seen);
  });

  it("records a proxy's look at an appointment once, naming it; a refusal and the owner's own look are not recorded", async () => {
    const appt = await childAppointment(384);
    expect(await views(parent.accountId, appt.id)).toEqual([]);
    await signIn(parent);
    await loadProfileAppointment(childId, appt.id);
    expect(await views(parent.accountId, appt.id)).toEqual([
      { subjectProfileId: childId, action: "view" },
    ]);
    await profileAppointmentFor(await account(proxy), childId, appt.id);
    expect(await views(proxy.accountId, appt.id)).toEqual([]);
    const own = await fixtureAppointment(other.profileId, 408);
    expect(
      (await profileAppointmentFor(await account(other), undefined, own.id))?.profile.own,
    ).toBe(true);
    expect(await views(other.accountId, own.id)).toEqual([]);
  });
});

describe("the dashboard's upcoming visits (loadDashboard)", () => {
  // Visits inside their confirmation window are listed "to confirm", the others "upcoming".
  const upcomingOf = async (who: Who) => {
    await signIn(who);
    const dashboard = await loadDashboard();
    return { ...dashboard, upcoming: [...dashboard.toConfirm, ...dashboard.upcoming] };
  };

  it("the parent with the appointments grant sees the child's; not the lapsed teen's", async () => {
    const child = await childAppointment(3);
    const teen = await fixtureAppointment(teenId, 4);
    const dashboard = await upcomingOf(parent);
    expect(dashboard.upcoming.map((a) => a.id)).toContain(child.id);
    expect(dashboard.upcoming.find((a) => a.id === child.id)).toMatchObject({
      profileId: childId,
      own: false,
    });
    expect(dashboard.appointmentProfiles.map((p) => p.profileId)).toContain(childId);
    expect(dashboard.upcoming.map((a) => a.id)).not.toContain(teen.id);
    expect(dashboard.upcoming.some((a) => a.profileId === teenId)).toBe(false);
    expect(dashboard.appointmentProfiles.map((p) => p.profileId)).not.toContain(teenId);
  });

  it("a proxy without the appointments permission sees none of the child's, while the child is listed for the other tabs", async () => {
    const child = await childAppointment(5);
    const before = await appointmentRows();
    const dashboard = await upcomingOf(proxy);
    expect(dashboard.profiles.map((p) => p.profileId)).toContain(childId);
    expect(dashboard.appointmentProfiles.map((p) => p.profileId)).toEqual([proxy.profileId]);
    expect(dashboard.upcoming.map((a) => a.id)).not.toContain(child.id);
    expect(dashboard.upcoming.some((a) => a.profileId === childId)).toBe(false);
    expect(await appointmentRows()).toEqual(before);
  });

  it("the same proxy sees them once granted the permission, and no longer once it is turned off (next request)", async () => {
    const child = await childAppointment(6);
    const grant = { accountId: proxy.accountId, profileId: childId };
    await db().profileAccess.updateMany({ where: grant, data: { canAppointments: true } });
    try {
      expect((await upcomingOf(proxy)).upcoming.map((a) => a.id)).toContain(child.id);
    } finally {
      await db().profileAccess.updateMany({ where: grant, data: { canAppointments: false } });
    }
    expect((await upcomingOf(proxy)).upcoming.map((a) => a.id)).not.toContain(child.id);
  });

  it("another patient sees none of the child's", async () => {
    const child = await childAppointment(7);
    const dashboard = await upcomingOf(other);
    expect(dashboard.upcoming.map((a) => a.id)).not.toContain(child.id);
    expect(dashboard.upcoming.every((a) => a.profileId === other.profileId)).toBe(true);
  });

  it("an anonymous visitor is sent to the login page", async () => {
    await signIn(null);
    expect(await thrownDigest(() => loadDashboard())).toMatch(TO_LOGIN);
  });
});
