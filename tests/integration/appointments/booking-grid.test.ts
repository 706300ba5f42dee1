// The booking grid's loader (bookingStateFor) on a real database, with the
// clock standing on Monday 3 February 2031 at 08:00 in Montréal (2 h minimum
// notice, 90-day horizon): the losing concurrent booker is offered the next
// free time, and the grid no longer offers the lost one; a time that stopped
// being bookable online (the notice ran out) says so in its own words; "any
// time after" a date offers nothing before that date, not even earlier days
// of its week, and "previous week" does not go back past it; next week stops
// at the horizon and previous week at the current week.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/mutations";
import { findSessionAccount } from "@/lib/auth/data";
import type { SessionAccount } from "@/lib/auth/gate";
import {
  bookingConfirmationFor,
  bookingStateFor,
  type BookingQuery,
  type BookingState,
} from "@/lib/booking/loaders";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { addDays, localDateOf } from "@/lib/time/zoned";
import { uniqueEmail } from "../harness";
import { booking, bookingClinic, type BookingClinic, localAt, NOW, TZ } from "./fixture";

// The loaders read the browser's selected profile from the request (none here:
// the account's own, as on a first visit).
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));

type Grid = Extract<BookingState["step"], { name: "grid" }>;

let fx: BookingClinic;
let me: SessionAccount;
/** Dr. Quesnel, 15-minute follow-up: the practitioner these tests book (the fixture's other tests do not). */
let choices: BookingQuery;

beforeAll(async () => {
  fx = await bookingClinic();
  me = (await findSessionAccount(fx.account.id))!;
  choices = { specialty: fx.specialty.id, practitioner: fx.q.id, type: fx.type15.id };
});
afterAll(() => setClockForTests(undefined));

async function grid(query: BookingQuery, account: SessionAccount = me): Promise<Grid> {
  const state = await bookingStateFor(account, "regular", { ...choices, ...query });
  expect(state?.step.name).toBe("grid");
  return state!.step as Grid;
}

const offered = (step: Grid) => step.days.flatMap((d) => [...d.morning, ...d.afternoon]);
const offeredTimes = (step: Grid) => offered(step).map((s) => s.startsAt);

describe("the losing concurrent booker", () => {
  it("comes back to the same week told the time was taken, and the grid no longer offers it", async () => {
    const week = "2031-02-10";
    const before = await grid({ when: "asap", week });
    expect(before).toMatchObject({ week, taken: false, unavailable: false });
    const slot = localAt("2031-02-11", "09:00");
    expect(offeredTimes(before)).toContain(slot.toISOString());

    // Two patients had the same grid; the other one booked first.
    const winner = await factories.createPatient(fx.clinic.id, { email: uniqueEmail("winner") });
    const won = await bookAppointment(
      booking(fx, {
        profileId: winner.profile.id as typeof fx.profileId,
        practitionerId: fx.q.id,
        startsAt: slot,
      }),
      { accountId: winner.account.id, role: "patient" },
      "patient",
    );
    expect(won).toMatchObject({ ok: true });
    const lost = await bookAppointment(
      booking(fx, { practitionerId: fx.q.id, startsAt: slot }),
      fx.actor,
      "patient",
    );
    expect(lost).toMatchObject({ ok: false, code: "slotTaken" });

    // The grid says so when the confirmation page sends the patient back with
    // taken=1 (nothing free was left to offer instead).
    const after = await grid({ when: "asap", week, taken: "1" });
    expect(after).toMatchObject({ week, taken: true, unavailable: false });
    expect(offeredTimes(after)).not.toContain(slot.toISOString());
    // Only that time left the grid: the rest of the week is still offered.
    expect(offeredTimes(after)).toEqual(
      offeredTimes(before).filter((t) => t !== slot.toISOString()),
    );
    // Nor does the confirmation page accept it any more: the loser's page,
    // drawn again, offers the grid's next free time and says why.
    const offer = await bookingConfirmationFor(me, "regular", {
      ...choices,
      when: "asap",
      week,
      start: slot.toISOString(),
    });
    expect(offer).toMatchObject({ replaced: true });
    expect(offer?.slot?.startsAt.toISOString()).toBe(
      offeredTimes(after).find((t) => t > slot.toISOString()),
    );
    expect(offer?.state.query.week).toBe(week);
    expect(
      await db().appointment.count({
        where: { practitionerId: fx.q.id, startsAt: slot, status: { not: "cancelled" } },
      }),
    ).toBe(1);
  });

  it("a time no longer bookable online (the minimum notice ran out) is told apart from a taken one", async () => {
    // At 08:00 the first time offered today is 10:00 (2 h notice).
    const today = "2031-02-03";
    const first = localAt(today, "10:00");
    expect(offeredTimes(await grid({ when: "asap", week: today }))[0]).toBe(first.toISOString());
    // The patient lingers on the confirmation page until 08:05: 10:00 is inside the notice now.
    const later = new Date(NOW.getTime() + 5 * 60_000);
    setClockForTests(() => later);
    try {
      expect(
        await bookAppointment(
          booking(fx, { practitionerId: fx.q.id, startsAt: first }),
          fx.actor,
          "patient",
        ),
      ).toMatchObject({ ok: false, code: "slotUnavailable" });
      const back = await grid({ when: "asap", week: today, unavailable: "1" });
      expect(back).toMatchObject({ taken: false, unavailable: true });
      expect(offeredTimes(back)).not.toContain(first.toISOString());
      expect(offeredTimes(back)[0]).toBe(localAt(today, "10:15").toISOString());
    } finally {
      setClockForTests(() => NOW);
    }
    expect(
      await db().appointment.count({ where: { practitionerId: fx.q.id, startsAt: first } }),
    ).toBe(0);
  });

  it("neither notice without its parameter, nor from any other value", async () => {
    expect(await grid({ when: "asap", week: "2031-02-10" })).toMatchObject({
      taken: false,
      unavailable: false,
    });
    expect(
      await grid({ when: "asap", week: "2031-02-10", taken: "yes", unavailable: "0" }),
    ).toMatchObject({ taken: false, unavailable: false });
    // The notice is not carried into the grid's links (week navigation, slots).
    const state = await bookingStateFor(me, "regular", {
      ...choices,
      when: "asap",
      week: "2031-02-10",
      taken: "1",
      unavailable: "1",
    });
    expect(Object.keys(state!.query)).not.toContain("taken");
    expect(Object.keys(state!.query)).not.toContain("unavailable");
  });
});

describe("any time after a date", () => {
  // Wednesday 19 February 2031: the week of Monday 17 February.
  const after = "2031-02-19";

  it("opens on the week of that date and offers nothing before it, not even earlier days of that week", async () => {
    const step = await grid({ when: "after", after });
    expect(step.week).toBe("2031-02-17");
    expect(step.days.map((d) => d.date)).toEqual(
      Array.from({ length: 7 }, (_, i) => addDays("2031-02-17", i)),
    );
    const byDate = new Map(step.days.map((d) => [d.date, [...d.morning, ...d.afternoon]]));
    // Monday and Tuesday have open blocks, but they are before the chosen date.
    expect(byDate.get("2031-02-17")).toEqual([]);
    expect(byDate.get("2031-02-18")).toEqual([]);
    expect(byDate.get(after)![0]?.startsAt).toBe(localAt(after, "08:30").toISOString());
    expect(offered(step).every((s) => localDateOf(new Date(s.startsAt), TZ) >= after)).toBe(true);
    // Wednesday to Friday, 08:30–12:00 and 13:00–16:30 in 15 minutes: 28 a day.
    expect(offered(step)).toHaveLength(3 * 28);
  });

  it("previous week does not go back past the chosen date's week, even with a week forged in the URL", async () => {
    expect((await grid({ when: "after", after })).previousWeek).toBeNull();
    const forged = await grid({ when: "after", after, week: "2031-02-10" });
    expect(forged.week).toBe("2031-02-17");
    expect(forged.previousWeek).toBeNull();
    expect(offered(forged).every((s) => localDateOf(new Date(s.startsAt), TZ) >= after)).toBe(true);
    // A later week goes back to the chosen date's week, not before.
    const later = await grid({ when: "after", after, week: "2031-02-24" });
    expect(later).toMatchObject({
      week: "2031-02-24",
      previousWeek: "2031-02-17",
      nextWeek: "2031-03-03",
    });
    expect(offered(later)).toHaveLength(5 * 28);
  });

  it("the confirmation page says, before booking, that a time inside the 48 h cut-off cannot be cancelled online", async () => {
    // Monday 08:00: Tuesday's times are inside the cut-off, Thursday's are not.
    const week = await grid({ when: "asap", week: "2031-02-03" });
    const on = (day: string) =>
      offeredTimes(week).find((t) => localDateOf(new Date(t), TZ) === day)!;
    const confirmation = (start: string) =>
      bookingConfirmationFor(me, "regular", {
        ...choices,
        when: "asap",
        week: "2031-02-03",
        start,
      });
    const soon = await confirmation(on("2031-02-04"));
    expect(soon?.slot).not.toBeNull();
    expect(soon && "cancellation" in soon && soon.cancellation).toEqual({
      online: false,
      cutoffHours: 48,
      phone: "514-555-0100",
    });
    const later = await confirmation(on("2031-02-06"));
    expect(later?.slot).not.toBeNull();
    expect(later && "cancellation" in later && later.cancellation).toMatchObject({ online: true });
  });

  it("the confirmation page refuses a time before the chosen date, and accepts one on it", async () => {
    const base = { ...choices, when: "after", after };
    const before = await bookingConfirmationFor(me, "regular", {
      ...base,
      start: localAt("2031-02-18", "09:00").toISOString(),
    });
    expect(before?.state.when).toEqual({ mode: "after", after });
    expect(before?.slot).toBeNull();
    const on = await bookingConfirmationFor(me, "regular", {
      ...base,
      start: localAt(after, "09:00").toISOString(),
    });
    expect(on?.slot?.startsAt.toISOString()).toBe(localAt(after, "09:00").toISOString());
  });

  it("a date in the past means from today", async () => {
    const step = await grid({ when: "after", after: "2031-01-15" });
    expect(step).toMatchObject({ week: "2031-02-03", previousWeek: null });
    expect(offeredTimes(step)[0]).toBe(localAt("2031-02-03", "10:00").toISOString());
  });
});

describe("week navigation", () => {
  it("previous week stops at the current week, also for a week forged before it", async () => {
    const current = await grid({ when: "asap" });
    expect(current).toMatchObject({
      week: "2031-02-03",
      previousWeek: null,
      nextWeek: "2031-02-10",
    });
    expect(await grid({ when: "asap", week: "2031-02-10" })).toMatchObject({
      previousWeek: "2031-02-03",
    });
    const forged = await grid({ when: "asap", week: "2031-01-27" });
    expect(forged).toMatchObject({ week: "2031-02-03", previousWeek: null });
  });

  it("next week stops at the booking horizon (90 days: Sunday 4 May 2031 at 08:00)", async () => {
    // Follow "next week" from the current week until it stops.
    const weeks: string[] = [];
    let step = await grid({ when: "asap" });
    while (step.nextWeek) {
      weeks.push(step.week!);
      expect(weeks.length).toBeLessThan(20);
      step = await grid({ when: "asap", week: step.nextWeek });
    }
    weeks.push(step.week!);
    expect(weeks).toHaveLength(13);
    expect(weeks.at(-1)).toBe("2031-04-28");
    // The last week still offers its weekdays (Friday 2 May is inside the horizon)…
    expect(step.days.find((d) => d.date === "2031-05-02")!.afternoon.length).toBeGreaterThan(0);
    // …and the week after it, forged in the URL, offers nothing and no further week.
    const beyond = await grid({ when: "asap", week: "2031-05-05" });
    expect(offered(beyond)).toEqual([]);
    expect(beyond.nextWeek).toBeNull();
  });
});
