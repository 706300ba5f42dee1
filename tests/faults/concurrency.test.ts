// Many hands on one row at once, through two instances of the production
// server: each race has one outcome, the database holds exactly it, and every
// other request is told, in a code its form translates, why it did not win.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, postAction } from "../../scripts/bench/harness";
import { type Cluster, formOf, startCluster } from "./cluster";

const PASSWORD = "Faults-concurrency-2026";
const AT_ONCE = 50;
let cluster: Cluster;
let fx: {
  clinicId: string;
  profileId: string;
  practitionerId: string;
  siteId: string;
  typeId: string;
  patient: string;
  staff: string;
};

beforeAll(async () => {
  cluster = await startCluster(2);
  const f = await import("@/lib/demo/factories");
  const clinic = await f.createClinic();
  const site = await f.createSite(clinic.id);
  const practitioner = await f.createPractitioner(clinic.id, { siteIds: [site.id] });
  const type = await f.createAppointmentType(clinic.id, { durationMinutes: 15 });
  const patient = await f.createPatient(clinic.id, {
    email: "patient@faults.test",
    password: PASSWORD,
  });
  await f.createStaff({ email: "staff@faults.test", password: PASSWORD, role: "staff" });
  const [base] = cluster.bases;
  fx = {
    clinicId: clinic.id,
    profileId: patient.profile.id,
    practitionerId: practitioner.id,
    siteId: site.id,
    typeId: type.id,
    patient: await logIn(base!, "patient@faults.test", PASSWORD),
    staff: await logIn(base!, "staff@faults.test", PASSWORD),
  };
});
afterAll(() => cluster?.stop());

/** "ok", or the failure's code, or the HTTP status when there is no answer. */
const outcome = (a: { status: number; text: string }) =>
  a.status === 200 && /"ok":true/.test(a.text)
    ? "ok"
    : (/"code":"(\w+)"/.exec(a.text)?.[1] ?? `HTTP ${a.status}`);

/** `count` requests at once, spread over the instances in turn. */
const atOnce = (count: number, send: (base: string, i: number) => ReturnType<typeof postAction>) =>
  Promise.all(
    Array.from({ length: count }, (_, i) => send(cluster.bases[i % cluster.bases.length]!, i)),
  );

let nextHour = 0;
async function appointment() {
  const { createAppointment } = await import("@/lib/demo/factories");
  // Tomorrow, inside the confirmation window; each its own time.
  const startsAt = new Date(
    Math.ceil(Date.now() / 3_600_000) * 3_600_000 + (24 + nextHour++) * 3_600_000,
  );
  return createAppointment({ ...fx, startsAt });
}

const auditRows = (resourceId: string, action: string) =>
  cluster.pool
    .query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "resourceId" = $1 AND action = $2 AND outcome = 'success'`,
      [resourceId, action],
    )
    .then((r) => r.rows[0]!.n);

describe("races through two instances", () => {
  it(`${AT_ONCE} confirmations of one appointment: one confirms it, the others are told it already is`, async () => {
    const appt = await appointment();
    const id = cluster.action("confirmAppointmentAction");
    const answers = await atOnce(AT_ONCE, (base) =>
      postAction(
        base,
        `/en/appointments/${appt.id}`,
        id,
        formOf({ profileId: fx.profileId, appointmentId: appt.id }),
        fx.patient,
      ),
    );
    const outcomes = answers.map(outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => o !== "ok"))).toSatisfy((codes: Set<string>) =>
      [...codes].every((c) => c === "alreadyConfirmed" || c === "notActive"),
    );
    const row = await cluster.pool.query(`SELECT status FROM "Appointment" WHERE id = $1`, [
      appt.id,
    ]);
    expect(row.rows[0]).toEqual({ status: "confirmed" });
    expect(await auditRows(appt.id, "confirm")).toBe(1);
  });

  it(`${AT_ONCE} replies to a thread that takes one: one is stored, the others are told it was already answered`, async () => {
    const { createCommunication } = await import("@/lib/demo/factories");
    const thread = await createCommunication({
      clinicId: fx.clinicId,
      profileId: fx.profileId,
      replyRule: "once",
    });
    const id = cluster.action("replyAction");
    const answers = await atOnce(AT_ONCE, (base, i) =>
      postAction(
        base,
        `/en/inbox/${thread.id}`,
        id,
        formOf({ communicationId: thread.id, body: `Reply number ${i}`, disclaimer: "on" }),
        fx.patient,
      ),
    );
    const outcomes = answers.map(outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => o !== "ok"))).toEqual(new Set(["alreadyReplied"]));
    const replies = await cluster.pool.query<{ body: string }>(
      `SELECT body FROM "CommunicationEntry" WHERE "communicationId" = $1 AND author = 'patient'`,
      [thread.id],
    );
    expect(replies.rows).toHaveLength(1);
    expect(replies.rows[0]!.body).toBe(`Reply number ${outcomes.indexOf("ok")}`);
  });

  it("staff cancel while the patient confirms, ten times: always cancelled, a confirmation acknowledged only when it came first", async () => {
    const confirm = cluster.action("confirmAppointmentAction");
    const cancel = cluster.action("lib/appointment-book/actions.ts#cancelAppointmentAction");
    const [a, b] = cluster.bases as [string, string];
    for (let round = 0; round < 10; round++) {
      const appt = await appointment();
      const raw = await Promise.all([
        postAction(
          a,
          `/en/appointments/${appt.id}`,
          confirm,
          formOf({ profileId: fx.profileId, appointmentId: appt.id }),
          fx.patient,
        ),
        postAction(
          b,
          `/en/admin/appointments/${appt.id}`,
          cancel,
          formOf({ appointmentId: appt.id, reason: "The practitioner is ill." }),
          fx.staff,
        ),
      ]);
      const [patientSaw, staffSaw] = raw.map(outcome);
      expect(staffSaw, `round ${round}`).toBe("ok");
      expect(["ok", "notActive"], `round ${round}: ${patientSaw}`).toContain(patientSaw);
      const row = await cluster.pool.query(`SELECT status FROM "Appointment" WHERE id = $1`, [
        appt.id,
      ]);
      expect(row.rows[0]).toEqual({ status: "cancelled" });
      // What the patient was told is what the log holds, in that order.
      const log = await cluster.pool.query<{ action: string }>(
        `SELECT action FROM "AuditEvent" WHERE "resourceId" = $1 AND outcome = 'success' ORDER BY at, id`,
        [appt.id],
      );
      expect(log.rows.map((r) => r.action)).toEqual(
        patientSaw === "ok" ? ["confirm", "cancel"] : ["cancel"],
      );
    }
  });
});
