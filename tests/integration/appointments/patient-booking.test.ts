// The booking flow's loader on a real database: the options each step offers
// (assigned practitioner first; one not accepting new patients only to a
// profile assigned to them or already seen by them — the rule bookAppointment
// applies), the site step only when there are several sites, "as soon as
// possible" jumping to the first week with a slot, and going back to an
// earlier step keeping the later choices that still fit.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { findSessionAccount } from "@/lib/auth/data";
import { bookingStateFor, bookingConfirmationFor } from "@/lib/booking/loaders";
import { todayIn } from "@/lib/clock";
import { db } from "@/lib/db/client";
import {
  createAppointment,
  createAppointmentType,
  createAvailabilityBlock,
  createClinic,
  createPatient,
  createPractitioner,
  createSite,
  createSpecialty,
} from "@/lib/demo/factories";
import { addDays, mondayOf } from "@/lib/time/zoned";
import { uniqueEmail } from "../harness";

// The loaders read the browser's selected profile from the request (none here:
// the account's own, as on a first visit).
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));

const TZ = "America/Toronto";
let clinicId: string;
let family: string;
let pediatrics: string;
let siteA: string;
let siteB: string;
let assigned: string;
let closed: string;
let open: string;
let visit: string;
let pedsVisit: string;

async function account(profileAssignedTo?: string) {
  const { account } = await createPatient(clinicId, {
    email: uniqueEmail("booker"),
    assignedPractitionerId: profileAssignedTo,
  });
  return (await findSessionAccount(account.id))!;
}

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: TZ })).id;
  siteA = (await createSite(clinicId, { nameEn: "A site" })).id;
  siteB = (await createSite(clinicId, { nameEn: "B site" })).id;
  family = (await createSpecialty(clinicId, "Family")).id;
  pediatrics = (await createSpecialty(clinicId, "Pediatrics")).id;
  assigned = (
    await createPractitioner(clinicId, {
      lastName: "Zed",
      specialtyIds: [family],
      siteIds: [siteA],
    })
  ).id;
  closed = (
    await createPractitioner(clinicId, {
      lastName: "Closed",
      specialtyIds: [family],
      siteIds: [siteA],
    })
  ).id;
  open = (
    await createPractitioner(clinicId, {
      lastName: "Able",
      specialtyIds: [family, pediatrics],
      siteIds: [siteA, siteB],
    })
  ).id;
  // A pediatrician at the other site only.
  await createPractitioner(clinicId, {
    lastName: "Peds",
    specialtyIds: [pediatrics],
    siteIds: [siteB],
  });
  await db().practitioner.update({ where: { id: closed }, data: { acceptingNewPatients: false } });
  visit = (await createAppointmentType(clinicId, { nameEn: "Visit", specialtyId: family })).id;
  pedsVisit = (
    await createAppointmentType(clinicId, { nameEn: "Peds visit", specialtyId: pediatrics })
  ).id;
  await createAppointmentType(clinicId, { nameEn: "Urgent", kind: "emergency" });
  // Only from two weeks on: "as soon as possible" must skip the empty weeks.
  const validFrom = addDays(todayIn(TZ), 14);
  for (const practitionerId of [assigned, open]) {
    for (let weekday = 1; weekday <= 5; weekday++) {
      await createAvailabilityBlock({
        practitionerId,
        siteId: siteA,
        weekday,
        from: "09:00",
        to: "12:00",
        validFrom,
        typeIds: [visit, pedsVisit],
      });
    }
  }
});

describe("practitioners offered", () => {
  it("puts the assigned practitioner first and hides one not accepting new patients from a new patient", async () => {
    const state = await bookingStateFor(await account(assigned), "regular", { specialty: family });
    expect(state?.step.name).toBe("practitioner");
    const ids = state?.step.name === "practitioner" ? state.step.options.map((o) => o.id) : [];
    expect(ids).toEqual([assigned, open]);
    // A forged choice of the closed practitioner is not kept.
    const forged = await bookingStateFor(await account(assigned), "regular", {
      specialty: family,
      practitioner: closed,
    });
    expect(forged?.practitioner).toBeUndefined();
    expect(forged?.step.name).toBe("practitioner");
  });

  it("offers the closed practitioner to their assigned patient and to one they have seen", async () => {
    const theirs = await bookingStateFor(await account(closed), "regular", { specialty: family });
    expect(theirs?.step.name === "practitioner" && theirs.step.options.map((o) => o.id)).toEqual([
      closed,
      open,
      assigned,
    ]);
    const seen = await account();
    await createAppointment({
      profileId: seen.profileId!,
      practitionerId: closed,
      siteId: siteA,
      typeId: visit,
      startsAt: new Date(Date.now() - 30 * 86_400_000),
      status: "completed",
    });
    const state = await bookingStateFor(seen, "regular", { specialty: family });
    expect(state?.step.name === "practitioner" && state.step.options.map((o) => o.id)).toContain(
      closed,
    );
  });
});

describe("steps", () => {
  it("skips the site step for a practitioner with one site, asks for it with several", async () => {
    const me = await account();
    const one = await bookingStateFor(me, "regular", { specialty: family, practitioner: assigned });
    expect(one).toMatchObject({ siteStep: false, step: { name: "type" } });
    expect(one?.site?.id).toBe(siteA);
    const several = await bookingStateFor(me, "regular", { specialty: family, practitioner: open });
    expect(several).toMatchObject({ siteStep: true, step: { name: "site" } });
  });

  it("as soon as possible opens the first week that has a slot, with days as rows and slots by half-day", async () => {
    const me = await account();
    const state = await bookingStateFor(me, "regular", {
      specialty: family,
      practitioner: assigned,
      type: visit,
      when: "asap",
    });
    expect(state?.step.name).toBe("grid");
    if (state?.step.name !== "grid") return;
    expect(state.step.week! >= mondayOf(addDays(todayIn(TZ), 14))).toBe(true);
    expect(state.step.days).toHaveLength(7);
    const slots = state.step.days.flatMap((d) => [...d.morning, ...d.afternoon]);
    expect(slots.length).toBeGreaterThan(0);
    expect(state.step.days.every((d) => d.afternoon.length === 0)).toBe(true);
    expect(
      slots.every((s) => s.practitionerId === assigned && s.practitionerName.includes("Zed")),
    ).toBe(true);
    expect(state.step.previousWeek).not.toBeNull();
    // The reason is never part of the state carried in URLs.
    expect(Object.keys(state.query)).toEqual([
      "profile",
      "specialty",
      "practitioner",
      "type",
      "when",
      "week",
    ]);
  });

  it("going back to the specialty keeps the later choices that still fit and drops the others", async () => {
    const me = await account();
    const chosen = {
      specialty: family,
      practitioner: open,
      site: siteA,
      type: visit,
      when: "asap",
    };
    const editing = await bookingStateFor(me, "regular", { ...chosen, step: "specialty" });
    expect(editing?.step.name).toBe("specialty");
    expect(editing?.query).toMatchObject({
      practitioner: open,
      site: siteA,
      type: visit,
      when: "asap",
    });
    // Dr. Able also does pediatrics: practitioner, site and "when" still fit; the family type does not.
    const switched = await bookingStateFor(me, "regular", { ...chosen, specialty: pediatrics });
    expect(switched).toMatchObject({
      practitioner: { id: open },
      site: { id: siteA },
      when: { mode: "asap" },
      step: { name: "type" },
    });
    expect(switched?.type).toBeUndefined();
  });

  it("the confirmation page accepts only a slot the grid offers", async () => {
    const me = await account();
    const query = { specialty: family, practitioner: assigned, type: visit, when: "asap" };
    const grid = await bookingStateFor(me, "regular", query);
    const slot =
      grid?.step.name === "grid" ? grid.step.days.flatMap((d) => d.morning)[0] : undefined;
    expect(slot).toBeDefined();
    const ok = await bookingConfirmationFor(me, "regular", {
      ...query,
      week: grid!.query.week,
      start: slot!.startsAt,
    });
    expect(ok?.slot).toMatchObject({
      practitioner: { id: assigned },
      site: { id: siteA },
      type: { id: visit },
    });
    expect(ok).toMatchObject({ replaced: false });
    // A time the grid does not offer is never confirmed: the page offers the
    // next time the grid does, and says the one asked for is not free.
    const offTime = new Date(new Date(slot!.startsAt).getTime() + 60_000);
    const offGrid = await bookingConfirmationFor(me, "regular", {
      ...query,
      start: offTime.toISOString(),
    });
    expect(offGrid).toMatchObject({ replaced: true });
    const offered = grid!.step.name === "grid" ? grid!.step.days : [];
    const next = offered
      .flatMap((d) => [...d.morning, ...d.afternoon])
      .map((s) => s.startsAt)
      .find((t) => t > offTime.toISOString());
    expect(offGrid?.slot?.startsAt.toISOString()).toBe(next);
  });

  it("the emergency flow offers every site, then emergency types only; it is closed when the clinic turns it off", async () => {
    const me = await account();
    const sites = await bookingStateFor(me, "emergency", {});
    expect(sites?.step.name === "site" && sites.step.options.map((o) => o.id).sort()).toEqual(
      [siteA, siteB].sort(),
    );
    const types = await bookingStateFor(me, "emergency", { site: siteB });
    expect(types?.step.name === "type" && types.step.options.map((o) => o.nameEn)).toEqual([
      "Urgent",
    ]);
    await db().clinic.update({ where: { id: clinicId }, data: { emergencyBookingEnabled: false } });
    expect(await bookingStateFor(me, "emergency", {})).toBeNull();
    await db().clinic.update({ where: { id: clinicId }, data: { emergencyBookingEnabled: true } });
  });
});
