// A bounded load of patients' writes (replies, bookings, cancellations) through
// every instance, with a client that records what each write was told; then
// the database is checked against that record: every write acknowledged is
// there once, a write never acknowledged is there at most once, nothing twice.
// A write that got no answer (the connection dropped, a 5xx, "unexpected") is
// retried as a person would press again; an answer that says it already
// happened (alreadyReplied, slotTaken on one's own slot, notActive on one's
// own cancellation) then counts as acknowledged.
import type pg from "pg";
import { logIn, postAction, sleep } from "../../scripts/bench/harness";
import { type Cluster, formOf } from "./cluster";

type Kind = "reply" | "booking" | "cancellation" | "registration";
type Write = {
  kind: Kind;
  /** The page it is posted from, the action's name and the form. */
  page: string;
  action: string;
  form: Record<string, string>;
  /** Answers that mean an earlier try of this same write went through. */
  doneBefore: string;
  /** Posted without the patient's session (a public form). */
  anonymous?: true;
  /** How many rows in the database hold this write (read after the load). */
  count(pool: pg.Pool): Promise<number>;
  outcome?: "acknowledged" | "refused" | "gave up";
  answers: string[];
};

export type Patient = { email: string; profileId: string; writes: Write[] };

/** What an action answered: "ok", its error code, or the HTTP status. */
export const answerOf = (a: { status: number; text: string }) =>
  a.status === 200 && /"ok":true/.test(a.text)
    ? "ok"
    : (/"code":"(\w+)"/.exec(a.text)?.[1] ?? `HTTP ${a.status}`);
/** Why a request got no answer: ECONNREFUSED (never reached a server), UND_ERR_SOCKET (cut)… */
const connectionError = (error: Error) =>
  (error.cause as { code?: string } | undefined)?.code ?? error.message;
const retryable = (answer: string) => answer.startsWith("HTTP") || answer === "unexpected";

export const reply = (profileId: string, threadId: string, body: string): Write => ({
  kind: "reply",
  page: `/en/inbox/${threadId}`,
  action: "replyAction",
  form: { communicationId: threadId, body, disclaimer: "on" },
  doneBefore: "alreadyReplied",
  answers: [],
  count: (pool) =>
    pool
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "CommunicationEntry" WHERE "communicationId" = $1 AND author = 'patient' AND body = $2`,
        [threadId, body],
      )
      .then((r) => r.rows[0]!.n),
});

/** A thread of the patient's that takes one reply, and the patient's reply to it. */
export async function replyToNewThread(clinicId: string, profileId: string, body: string) {
  const { createCommunication } = await import("@/lib/demo/factories");
  const thread = await createCommunication({ clinicId, profileId, replyRule: "once" });
  return reply(profileId, thread.id, body);
}

export const booking = (
  profileId: string,
  slot: { practitionerId: string; siteId: string; typeId: string; startsAt: Date },
): Write => ({
  kind: "booking",
  page: "/en/appointments/book/confirm",
  action: "bookAppointmentAction",
  form: {
    profileId,
    practitionerId: slot.practitionerId,
    siteId: slot.siteId,
    typeId: slot.typeId,
    startsAt: slot.startsAt.toISOString(),
    reason: "Follow-up",
  },
  doneBefore: "slotTaken",
  answers: [],
  count: (pool) =>
    pool
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Appointment" WHERE "profileId" = $1 AND "practitionerId" = $2 AND "startsAt" = $3 AND status <> 'cancelled'`,
        [profileId, slot.practitionerId, slot.startsAt],
      )
      .then((r) => r.rows[0]!.n),
});

export const cancellation = (profileId: string, appointmentId: string): Write => ({
  kind: "cancellation",
  page: `/en/appointments/${appointmentId}`,
  action: "lib/appointments/actions.ts#cancelAppointmentAction",
  form: { profileId, appointmentId },
  doneBefore: "notActive",
  answers: [],
  count: (pool) =>
    pool
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Appointment" WHERE id = $1 AND status = 'cancelled'`,
        [appointmentId],
      )
      .then((r) => r.rows[0]!.n),
});

/**
 * Someone registering (the form a newcomer fills in): a pending account and its
 * activation email. Registering again answers the same (AU-6), so a retry after
 * a lost answer is acknowledged by "ok" too.
 */
export const registration = (email: string): Write => ({
  kind: "registration",
  page: "/en/register",
  action: "registerAction",
  anonymous: true,
  form: {
    email,
    emailConfirm: email,
    password: "Correct-horse-9",
    passwordConfirm: "Correct-horse-9",
    firstName: "Pat",
    lastName: "Newcomer",
    dateOfBirth: "1990-02-03",
    sex: "female",
    primaryPhone: "514 555 0123",
    primaryPhoneType: "mobile",
    // A clinic asks for a second number unless it says otherwise.
    secondaryPhone: "(438) 555-0199",
    secondaryPhoneType: "home",
    province: "QC",
    language: "fr",
  },
  doneBefore: "ok",
  answers: [],
  count: (pool) =>
    pool
      .query<{ n: number }>(`SELECT count(*)::int AS n FROM "Account" WHERE email = $1`, [email])
      .then((r) => r.rows[0]!.n),
});

/** Each patient logs in, then sends its writes one after the other, spread over the instances. */
export async function runLoad(
  cluster: Cluster,
  patients: Patient[],
  password: string,
  options: { pauseMs: number; retries: number },
) {
  const ids = new Map<string, string>();
  const idOf = (name: string) => {
    if (!ids.has(name)) ids.set(name, cluster.action(name));
    return ids.get(name)!;
  };
  let turn = 0;
  const next = () => cluster.bases[turn++ % cluster.bases.length]!;
  await Promise.all(
    patients.map(async (patient) => {
      const cookie = await logIn(next(), patient.email, password);
      for (const write of patient.writes) {
        for (let attempt = 0; attempt <= options.retries; attempt++) {
          const answer = await postAction(
            next(),
            write.page,
            idOf(write.action),
            formOf(write.form),
            write.anonymous ? undefined : cookie,
          ).then(answerOf, (error: Error) => `HTTP ${connectionError(error)}`);
          write.answers.push(answer);
          if (answer === "ok" || (attempt > 0 && answer === write.doneBefore)) {
            write.outcome = "acknowledged";
            break;
          }
          if (!retryable(answer)) {
            write.outcome = "refused";
            break;
          }
          await sleep(300);
        }
        write.outcome ??= "gave up";
        await sleep(options.pauseMs);
      }
    }),
  );
}

/** Per kind: attempted, acknowledged, found, duplicated, lost (acknowledged but absent), stored unacknowledged. */
export async function tally(pool: pg.Pool, patients: Patient[]) {
  const rows = new Map<Kind, Record<string, number>>();
  for (const write of patients.flatMap((p) => p.writes)) {
    const row = rows.get(write.kind) ?? {
      attempted: 0,
      acknowledged: 0,
      found: 0,
      duplicated: 0,
      lost: 0,
      storedUnacknowledged: 0,
      refused: 0,
      retried: 0,
    };
    const n = await write.count(pool);
    row.attempted!++;
    if (write.answers.length > 1) row.retried!++;
    if (write.outcome === "acknowledged") row.acknowledged!++;
    if (write.outcome === "refused") row.refused!++;
    if (n > 0) row.found!++;
    if (n > 1) row.duplicated!++;
    if (write.outcome === "acknowledged" && n === 0) row.lost!++;
    if (write.outcome !== "acknowledged" && n > 0) row.storedUnacknowledged!++;
    rows.set(write.kind, row);
  }
  return Object.fromEntries(rows);
}

/**
 * The clinic a load runs in: one practitioner open every day 09:00–17:00 for a
 * 15-minute type, whose free slots from `fromDay` days ahead (for 14 days) the
 * bookings take; another whose visits are made directly (to cancel, to remind).
 */
export async function seedLoadClinic(fromDay: number) {
  const f = await import("@/lib/demo/factories");
  const { searchSlots } = await import("@/lib/scheduling/search");
  const { todayIn } = await import("@/lib/clock");
  const { addDays } = await import("@/lib/time/zoned");
  const clinic = await f.createClinic();
  const site = await f.createSite(clinic.id);
  const type = await f.createAppointmentType(clinic.id, { durationMinutes: 15 });
  const open = await f.createPractitioner(clinic.id, { siteIds: [site.id] });
  const other = await f.createPractitioner(clinic.id, { siteIds: [site.id] });
  const today = todayIn(clinic.timeZone);
  for (let weekday = 0; weekday < 7; weekday++)
    await f.createAvailabilityBlock({
      practitionerId: open.id,
      siteId: site.id,
      weekday,
      from: "09:00",
      to: "17:00",
      validFrom: today,
      typeIds: [type.id],
    });
  const slots = await searchSlots({
    typeId: type.id,
    practitionerId: open.id,
    siteId: site.id,
    from: addDays(today, fromDay),
    days: 14,
    audience: "patient",
  });
  return {
    factories: f,
    clinicId: clinic.id,
    siteId: site.id,
    typeId: type.id,
    otherId: other.id,
    slots: slots.map((slot) => ({ ...slot, typeId: type.id })),
  };
}
