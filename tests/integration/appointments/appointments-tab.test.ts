// The Appointments tab's paging on a real database (appointmentsTabFor →
// listProfileAppointments): ten upcoming per page, soonest first, and ten past
// per page, latest first, each with its total and its own page number; a page
// past the end shows the last one; another profile's visits are never counted;
// a row says when it waits for the patient's confirmation.
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createAppointment,
  createAppointmentType,
  createClinic,
  createPatient,
  createPractitioner,
  createSite,
  createSpecialty,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000", "x-request-id": "req-tab-paging" }),
}));

const { appointmentsTabFor } = await import("@/lib/appointments/loaders");
const { findSessionAccount } = await import("@/lib/auth/data");

const HOUR = 3_600_000;
const AT = new Date(Math.floor(Date.now() / HOUR) * HOUR);

let accountId: string;
/** Start times, soonest first. */
let upcoming: { id: string; startsAt: Date }[];
/** Start times, latest first. */
let past: { id: string; startsAt: Date }[];
let toConfirmId: string;

beforeAll(async () => {
  const clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
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
  const owner = await createPatient(clinicId, { email: uniqueEmail("paging") });
  const stranger = await createPatient(clinicId, { email: uniqueEmail("stranger") });
  accountId = owner.account.id;
  const visit = (profileId: string, hours: number, status?: "confirmed" | "cancelled") =>
    createAppointment({
      profileId,
      practitionerId: practitioner.id,
      siteId: site.id,
      typeId: type.id,
      startsAt: new Date(AT.getTime() + hours * HOUR),
      status,
    });
  // Created out of order, so the order shown is the query's. The first is inside the
  // confirmation window (72 h by default) and booked; the second is in it but confirmed.
  const ahead = [30, 50, ...[9, 13, 12, 5, 7, 11, 4, 6, 8, 10].map((d) => d * 24)];
  upcoming = [];
  for (const [i, hours] of ahead.entries())
    upcoming.push(await visit(owner.profile.id, hours, i === 1 ? "confirmed" : undefined));
  toConfirmId = upcoming[0]!.id;
  past = [];
  for (const days of [5, 1, 13, 2, 8, 3, 12, 4, 7, 6, 9, 11, 10])
    past.push(await visit(owner.profile.id, -days * 24, days === 2 ? "cancelled" : undefined));
  for (const hours of [40, -40]) await visit(stranger.profile.id, hours);
  upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  past.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
});

async function tab(pages: { upcoming: number; past: number }) {
  const account = (await findSessionAccount(accountId))!;
  const shown = await appointmentsTabFor(account, undefined, AT, pages);
  expect(shown).not.toBeNull();
  return shown!;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("the Appointments tab's pages", () => {
  it("shows the first ten upcoming, soonest first, and the first ten past, latest first, with their totals", async () => {
    const first = await tab({ upcoming: 1, past: 1 });
    expect(first.upcoming).toMatchObject({ page: 1, pages: 2, total: 12 });
    expect(first.past).toMatchObject({ page: 1, pages: 2, total: 13 });
    expect(ids(first.upcoming.rows)).toEqual(ids(upcoming.slice(0, 10)));
    expect(ids(first.past.rows)).toEqual(ids(past.slice(0, 10)));
  });

  it("each list's second page holds the rest, whatever page the other list is on", async () => {
    const second = await tab({ upcoming: 2, past: 1 });
    expect(second.upcoming.page).toBe(2);
    expect(ids(second.upcoming.rows)).toEqual(ids(upcoming.slice(10)));
    expect(ids(second.past.rows)).toEqual(ids(past.slice(0, 10)));
    const both = await tab({ upcoming: 2, past: 2 });
    expect(ids(both.upcoming.rows)).toEqual(ids(upcoming.slice(10)));
    expect(both.past).toMatchObject({ page: 2, pages: 2, total: 13 });
    expect(ids(both.past.rows)).toEqual(ids(past.slice(10)));
  });

  it("a page past the end shows the last one; a page below one or not a number, the first", async () => {
    const beyond = await tab({ upcoming: 99, past: 3 });
    expect(beyond.upcoming.page).toBe(2);
    expect(ids(beyond.upcoming.rows)).toEqual(ids(upcoming.slice(10)));
    expect(beyond.past.page).toBe(2);
    const below = await tab({ upcoming: -4, past: Number.NaN });
    expect(below.upcoming.page).toBe(1);
    expect(below.past.page).toBe(1);
    expect(ids(below.upcoming.rows)).toEqual(ids(upcoming.slice(0, 10)));
  });

  it("marks only the booked visit inside the confirmation window as waiting for the patient", async () => {
    const first = await tab({ upcoming: 1, past: 1 });
    const waiting = [...first.upcoming.rows, ...first.past.rows].filter((r) => r.toConfirm);
    expect(ids(waiting)).toEqual([toConfirmId]);
  });
});
