// The appointment book's use cases on a real database: staff book for a
// patient (any active type, online or not) in a slot of the staff grid, cancel
// with a reason the patient sees, record attendance once the visit started and
// write the visit's note; admins set the scheduling rules. A patient calling
// any of them is refused and nothing changes (AC-6). What staff record (the
// note, the attendance) is what the patient's Appointments tab then shows,
// to the patient and to a proxy holding the appointments permission.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  bookForPatient,
  cancelAsClinic,
  markAttendance,
  saveClinicNote,
  saveSchedulingSettings,
} from "@/lib/appointment-book/mutations";
import { schedulingSettingsSchema, staffBookingSchema } from "@/lib/appointment-book/schema";
import { findAppointmentView } from "@/lib/appointments/data";
import { appointmentsTabFor, profileAppointmentFor } from "@/lib/appointments/loaders";
import { findSessionAccount } from "@/lib/auth/data";
import type { SessionAccount } from "@/lib/auth/gate";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { searchSlots } from "@/lib/scheduling/search";
import { uniqueEmail } from "../harness";
import { bookingClinic, type BookingClinic, localAt, NOW } from "./fixture";

// The loaders read the browser's selected profile from the request (none here:
// the account's own, as on a first visit).
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));

let fx: BookingClinic;
let staff: { id: string; role: "staff" };
let admin: { id: string; role: "admin" };
let patient: { id: string; role: "patient" };
let appointmentId: string;
const req = { ip: "198.51.100.8", userAgent: "vitest", requestId: "req-book" };
const TUESDAY = "2031-02-04";
const form = {
  confirmationWindowHours: "48",
  cancellationCutoffHours: "24",
  minBookingNoticeHours: "4",
  maxBookingHorizonDays: "60",
  reminderLeadHours: "24, 168",
  emergencyBookingEnabled: undefined,
};

const bookingForm = (startsAt: Date, over: Record<string, string> = {}) =>
  staffBookingSchema.parse({
    profileId: fx.profileId,
    typeId: fx.staffOnly.id,
    slot: `${fx.q.id}|${fx.site.id}|${startsAt.toISOString()}`,
    reason: "Knee pain",
    ...over,
  });

beforeAll(async () => {
  fx = await bookingClinic();
  staff = { id: fx.staff.accountId, role: "staff" };
  admin = {
    id: (await factories.createStaff({ role: "admin", email: uniqueEmail("admin") })).id,
    role: "admin",
  };
  patient = { id: fx.account.id, role: "patient" };
});
afterAll(() => setClockForTests(undefined));

describe("staff booking", () => {
  it("books a type that is not offered online, in a slot of the staff grid, booked by the staff account", async () => {
    const slots = await searchSlots({
      typeId: fx.staffOnly.id,
      practitionerId: fx.q.id,
      from: TUESDAY,
      days: 1,
      audience: "staff",
    });
    expect(slots[0]?.startsAt.toISOString()).toBe(localAt(TUESDAY, "08:30").toISOString());
    expect(
      await searchSlots({
        typeId: fx.staffOnly.id,
        practitionerId: fx.q.id,
        from: TUESDAY,
        days: 1,
        audience: "patient",
      }),
    ).toEqual([]);
    const result = await bookForPatient(staff, bookingForm(localAt(TUESDAY, "08:30")), req);
    expect(result.ok).toBe(true);
    appointmentId = (result.ok && result.data?.appointmentId) || "";
    const view = await findAppointmentView(appointmentId);
    expect(view).toMatchObject({
      profileId: fx.profileId,
      status: "booked",
      reason: "Knee pain",
      type: { id: fx.staffOnly.id },
      practitioner: { id: fx.q.id },
    });
    expect(
      await db().appointment.findUniqueOrThrow({
        where: { id: appointmentId },
        select: { bookedByAccountId: true },
      }),
    ).toEqual({ bookedByAccountId: staff.id });
  });

  it("answers slotTaken for a time just booked, and slotUnavailable for a time off the grid", async () => {
    expect(await bookForPatient(staff, bookingForm(localAt(TUESDAY, "08:30")), req)).toEqual({
      ok: false,
      code: "slotTaken",
    });
    expect(await bookForPatient(staff, bookingForm(localAt(TUESDAY, "12:15")), req)).toEqual({
      ok: false,
      code: "slotUnavailable",
    });
  });

  it("refuses a profile of another clinic", async () => {
    const other = await factories.createClinic();
    const stranger = await factories.createProfile(other.id);
    expect(
      await bookForPatient(
        staff,
        bookingForm(localAt(TUESDAY, "09:00"), { profileId: stranger.id }),
        req,
      ),
    ).toEqual({ ok: false, code: "notFound" });
  });
});

describe("cancel, attendance and note", () => {
  it("cancels with a reason the patient sees in the appointment's view", async () => {
    const booked = await bookForPatient(staff, bookingForm(localAt(TUESDAY, "10:00")), req);
    const id = (booked.ok && booked.data?.appointmentId) || "";
    expect(
      await cancelAsClinic(
        staff,
        { appointmentId: id, reason: "Dr. Quesnel is away that day." },
        req,
      ),
    ).toEqual({ ok: true, data: undefined });
    expect(await findAppointmentView(id)).toMatchObject({
      status: "cancelled",
      cancelledBy: "clinic",
      cancelReason: "Dr. Quesnel is away that day.",
    });
    expect(await cancelAsClinic(staff, { appointmentId: id, reason: "again" }, req)).toEqual({
      ok: false,
      code: "notActive",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { resourceId: id, action: "cancel" },
      select: { actorAccountId: true, requestId: true },
    });
    expect(audit).toEqual({ actorAccountId: staff.id, requestId: req.requestId });
  });

  it("records attendance only once the visit has started", async () => {
    expect(await markAttendance(staff, { appointmentId, outcome: "completed" }, req)).toEqual({
      ok: false,
      code: "notStarted",
    });
    setClockForTests(() => localAt(TUESDAY, "08:40"));
    try {
      expect(await markAttendance(staff, { appointmentId, outcome: "noShow" }, req)).toEqual({
        ok: true,
        data: undefined,
      });
      expect((await findAppointmentView(appointmentId))?.status).toBe("noShow");
      expect(await markAttendance(staff, { appointmentId, outcome: "completed" }, req)).toEqual({
        ok: true,
        data: undefined,
      });
      expect((await findAppointmentView(appointmentId))?.status).toBe("completed");
    } finally {
      setClockForTests(() => NOW);
    }
  });

  it("saves the visit's note, which the appointment's view shows", async () => {
    expect(
      await saveClinicNote(staff, { appointmentId, note: "  Bring your X-rays next time.  " }, req),
    ).toEqual({ ok: true, data: undefined });
    expect((await findAppointmentView(appointmentId))?.clinicNote).toBe(
      "Bring your X-rays next time.",
    );
  });
});

describe("scheduling settings", () => {
  it("an admin saves them, audited with the new values", async () => {
    expect(await saveSchedulingSettings(admin, schedulingSettingsSchema.parse(form), req)).toEqual({
      ok: true,
      data: undefined,
    });
    const clinic = await db().clinic.findUniqueOrThrow({ where: { id: fx.clinic.id } });
    expect(clinic).toMatchObject({
      confirmationWindowHours: 48,
      cancellationCutoffHours: 24,
      minBookingNoticeHours: 4,
      maxBookingHorizonDays: 60,
      reminderLeadHours: [168, 24],
      emergencyBookingEnabled: false,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "scheduling.settings.update" },
      select: { actorAccountId: true, detail: true },
    });
    expect(audit).toMatchObject({
      actorAccountId: admin.id,
      detail: { reminderLeadHours: "168,24", emergencyBookingEnabled: false },
    });
  });

  it("the form refuses out-of-range values with a code per field", () => {
    const r = schedulingSettingsSchema.safeParse({
      ...form,
      reminderLeadHours: "72, 48, 24, 12, 6",
      maxBookingHorizonDays: "0",
      cancellationCutoffHours: "-1",
    });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      reminderLeadHours: "reminderCount",
      maxBookingHorizonDays: "outOfRange",
      cancellationCutoffHours: "outOfRange",
    });
  });

  it("a staff member who is not an admin is refused", async () => {
    expect(
      await saveSchedulingSettings(
        staff,
        schedulingSettingsSchema.parse({ ...form, confirmationWindowHours: "1" }),
        req,
      ),
    ).toEqual({ ok: false, code: "notFound" });
    expect(
      (await db().clinic.findUniqueOrThrow({ where: { id: fx.clinic.id } }))
        .confirmationWindowHours,
    ).toBe(48);
  });
});

describe("AC-6: a patient is refused by every book use case, and nothing changes", () => {
  it("answers notFound, records the refusal and changes nothing", async () => {
    const target = await factories.createAppointment({
      profileId: fx.profileId,
      practitionerId: fx.p.id,
      siteId: fx.site.id,
      typeId: fx.type15.id,
      startsAt: localAt(TUESDAY, "13:00"),
    });
    const results = [
      await bookForPatient(patient, bookingForm(localAt(TUESDAY, "11:00")), req),
      await cancelAsClinic(patient, { appointmentId: target.id, reason: "no" }, req),
      await markAttendance(patient, { appointmentId: target.id, outcome: "noShow" }, req),
      await saveClinicNote(patient, { appointmentId: target.id, note: "forged" }, req),
      await saveSchedulingSettings(
        patient,
        schedulingSettingsSchema.parse({ ...form, confirmationWindowHours: "1" }),
        req,
      ),
    ];
    expect(results).toEqual(Array(5).fill({ ok: false, code: "notFound" }));
    expect(await findAppointmentView(target.id)).toMatchObject({
      status: "booked",
      clinicNote: null,
      cancelReason: null,
    });
    expect(
      await db().appointment.count({
        where: { bookedByAccountId: patient.id, startsAt: localAt(TUESDAY, "11:00") },
      }),
    ).toBe(0);
    expect(
      await db().auditEvent.count({ where: { actorAccountId: patient.id, outcome: "denied" } }),
    ).toBe(5);
  });
});

describe("what the patient's Appointments tab shows of the note and the attendance", () => {
  const WEDNESDAY = "2031-02-05";
  let own: SessionAccount;
  let proxy: SessionAccount;
  let messagesOnly: SessionAccount;
  const visit = (hhmm: string) =>
    factories.createAppointment({
      profileId: fx.profileId,
      practitionerId: fx.r.id,
      siteId: fx.site.id,
      typeId: fx.type15.id,
      startsAt: localAt(WEDNESDAY, hhmm),
    });
  /** The patient's own tab, and the proxy's tab of the patient's profile, at `at`. */
  const tabs = async (at: Date) => {
    const mine = await appointmentsTabFor(own, undefined, at);
    const theirs = await appointmentsTabFor(proxy, fx.profileId, at);
    expect(mine?.profile.id).toBe(fx.profileId);
    expect(theirs?.profile).toMatchObject({ id: fx.profileId, own: false });
    return [mine!, theirs!];
  };
  /** One appointment's page, as the patient and as the proxy see it at `at`. */
  const pages = async (id: string, at: Date) => {
    const mine = await profileAppointmentFor(own, undefined, id, at);
    const theirs = await profileAppointmentFor(proxy, fx.profileId, id, at);
    expect(mine?.profile.id).toBe(fx.profileId);
    expect(theirs?.profile).toMatchObject({ id: fx.profileId, own: false });
    return [mine!.appointment, theirs!.appointment];
  };

  beforeAll(async () => {
    own = (await findSessionAccount(fx.account.id))!;
    // The profile is an adult's: the grants carry their recorded consent, or they would have lapsed.
    const grantee = async (tabs: ("appointments" | "messages")[]) => {
      const { account } = await factories.createPatient(fx.clinic.id, {
        email: uniqueEmail("proxy"),
      });
      await factories.grantAccess({
        accountId: account.id,
        profileId: fx.profileId,
        tabs,
        consentRecordedAt: NOW,
      });
      return (await findSessionAccount(account.id))!;
    };
    proxy = await grantee(["appointments"]);
    messagesOnly = await grantee(["messages"]);
  });

  it("the note staff save is on that appointment, for the patient and for a proxy with the appointments permission", async () => {
    const noted = await visit("09:00");
    const plain = await visit("09:30");
    for (const a of await pages(noted.id, NOW)) expect(a.clinicNote).toBeNull();

    expect(
      await saveClinicNote(
        staff,
        { appointmentId: noted.id, note: "  Fasting blood test before the visit.  " },
        req,
      ),
    ).toEqual({ ok: true, data: undefined });
    for (const a of await pages(noted.id, NOW))
      expect(a).toMatchObject({
        status: "booked",
        clinicNote: "Fasting blood test before the visit.",
      });
    for (const a of await pages(plain.id, NOW)) expect(a).toMatchObject({ clinicNote: null });
    // A proxy without the appointments permission sees no tab and no page at all, so no note.
    expect(await appointmentsTabFor(messagesOnly, fx.profileId, NOW)).toBeNull();
    expect(await profileAppointmentFor(messagesOnly, fx.profileId, noted.id, NOW)).toBeNull();

    // An emptied note is gone for both.
    expect(await saveClinicNote(staff, { appointmentId: noted.id, note: "   " }, req)).toEqual({
      ok: true,
      data: undefined,
    });
    for (const a of await pages(noted.id, NOW)) expect(a.clinicNote).toBeNull();
  });

  it("a visit is upcoming until it starts, then in history; attendance recorded as completed or no-show is the status shown there", async () => {
    const attended = await visit("10:00");
    const missed = await visit("10:30");
    const ids = (list: { id: string }[]) =>
      list.map((a) => a.id).filter((id) => id === attended.id || id === missed.id);
    for (const tab of await tabs(NOW)) {
      expect(ids(tab.upcoming.rows)).toEqual([attended.id, missed.id]);
      expect(ids(tab.past.rows)).toEqual([]);
    }

    const after = localAt(WEDNESDAY, "10:45");
    setClockForTests(() => after);
    try {
      // Started, nothing recorded yet: in history (latest first), still "booked".
      for (const tab of await tabs(after)) {
        expect(ids(tab.upcoming.rows)).toEqual([]);
        expect(ids(tab.past.rows)).toEqual([missed.id, attended.id]);
        expect(
          tab.past.rows
            .filter((a) => a.id === attended.id || a.id === missed.id)
            .map((a) => a.status),
        ).toEqual(["booked", "booked"]);
      }
      expect(
        await markAttendance(staff, { appointmentId: attended.id, outcome: "completed" }, req),
      ).toEqual({ ok: true, data: undefined });
      expect(
        await markAttendance(staff, { appointmentId: missed.id, outcome: "noShow" }, req),
      ).toEqual({ ok: true, data: undefined });
      expect(
        await saveClinicNote(
          staff,
          { appointmentId: attended.id, note: "Results in two weeks." },
          req,
        ),
      ).toEqual({ ok: true, data: undefined });

      for (const tab of await tabs(after)) {
        expect(ids(tab.upcoming.rows)).toEqual([]);
        expect(tab.past.rows.find((a) => a.id === attended.id)?.status).toBe("completed");
        expect(tab.past.rows.find((a) => a.id === missed.id)?.status).toBe("noShow");
      }
      for (const a of await pages(attended.id, after))
        expect(a).toMatchObject({
          status: "completed",
          clinicNote: "Results in two weeks.",
          confirm: { allowed: false, reason: "notActive" },
          cancel: { allowed: false, reason: "notActive" },
        });
      for (const a of await pages(missed.id, after))
        expect(a).toMatchObject({
          status: "noShow",
          clinicNote: null,
          confirm: { allowed: false, reason: "notActive" },
          cancel: { allowed: false, reason: "notActive" },
        });
    } finally {
      setClockForTests(() => NOW);
    }
  });
});
