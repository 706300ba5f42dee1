// One of two instances is replaced mid-load, as in a deploy: SIGTERM. It stops
// by itself (its in-flight requests answered), the
// patients' writes go on through the other one, and the work the instances
// share is done once: every acknowledged write is stored once, every due
// reminder is sent once, every queued email is delivered once (a row a dying
// worker had claimed waits out its lease, then the other instance sends it).
import { afterAll, beforeAll, expect, it } from "vitest";
import { sleep } from "../../scripts/bench/harness";
import { type Cluster, eventually, outboxDrained, startCluster } from "./cluster";
import { booking, type Patient, runLoad, seedLoadClinic, tally, replyToNewThread } from "./load";

const PASSWORD = "Faults-replaced-2026";
const PATIENTS = 8;
const EACH = 15;
const REMINDED = 40;
let cluster: Cluster;
let patients: Patient[];
let remindedIds: string[];

beforeAll(async () => {
  cluster = await startCluster(2);
  const { factories: f, clinicId, siteId, typeId, otherId, slots } = await seedLoadClinic(3);
  patients = [];
  remindedIds = [];
  for (let i = 0; i < PATIENTS; i++) {
    const email = `patient-${i}@replaced.test`;
    const { profile } = await f.createPatient(clinicId, { email, password: PASSWORD });
    const writes = [];
    for (let k = 0; k < EACH; k++) {
      writes.push(await replyToNewThread(clinicId, profile.id, `Reply ${k} of patient ${i}`));
      writes.push(booking(profile.id, slots[i * EACH + k]!));
    }
    patients.push({ email, profileId: profile.id, writes });
    // Visits 14 to 24 h ahead: their 24-hour reminder is due, for whichever instance's job runs first.
    for (let r = 0; r < REMINDED / PATIENTS; r++) {
      const visit = await f.createAppointment({
        profileId: profile.id,
        practitionerId: otherId,
        siteId,
        typeId,
        startsAt: new Date(
          Date.now() + 14 * 3_600_000 + (i * (REMINDED / PATIENTS) + r) * 15 * 60_000,
        ),
      });
      remindedIds.push(visit.id);
    }
  }
  // The 72-hour lead is long past: only the 24-hour one is due.
  await cluster.pool.query(`UPDATE "Appointment" SET "remindersSent" = '{72}' WHERE id = ANY($1)`, [
    remindedIds,
  ]);
});
afterAll(() => cluster?.stop());

it(
  "SIGTERM to one instance mid-load: it exits cleanly, no write is lost or doubled, reminders and emails go out once",
  { timeout: 420_000 },
  async () => {
    const load = runLoad(cluster, patients, PASSWORD, { pauseMs: 100, retries: 30 });
    await sleep(2500);
    const [leaving, staying] = cluster.processes as [
      (typeof cluster.processes)[number],
      (typeof cluster.processes)[number],
    ];
    const exited = new Promise<number | null>((resolve) =>
      leaving.once("exit", (code) => resolve(code)),
    );
    const signalled = Date.now();
    leaving.kill("SIGTERM");
    const code = await Promise.race([exited, sleep(30_000).then(() => "still running")]);
    const stoppedMs = Date.now() - signalled;
    await load;

    const counts = await tally(cluster.pool, patients);
    for (const [kind, row] of Object.entries(counts)) {
      expect(row, kind).toMatchObject({ lost: 0, duplicated: 0, refused: 0 });
      expect(row.acknowledged, kind).toBe(row.attempted);
    }
    // It exits by itself: Next's own SIGTERM handler (143) once its server has
    // closed and the requests in flight have their answers; the portal's own
    // handler only stopped its jobs and closed nothing under those requests.
    expect(code, "the replaced instance's exit code").toBe(143);
    // No request was cut inside the server: no "unexpected", no 5xx. (A
    // connection refused, or closed as idle, never reached the app.)
    const answers = patients.flatMap((p) => p.writes.flatMap((w) => w.answers));
    const failedInside = answers.filter((a) => a === "unexpected" || /^HTTP 5\d\d$/.test(a));
    expect(failedInside).toEqual([]);
    const unanswered: Record<string, number> = {};
    for (const a of answers.filter((a) => a.startsWith("HTTP")))
      unanswered[a] = (unanswered[a] ?? 0) + 1;
    expect(staying.exitCode).toBeNull();

    // Each due reminder claimed and queued once, whoever ran the job.
    await eventually(
      () =>
        cluster.pool
          .query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "Appointment" WHERE id = ANY($1) AND 24 = ANY("remindersSent")`,
            [remindedIds],
          )
          .then((r) => r.rows[0]!.n),
      (n) => n === REMINDED,
      120_000,
    );
    const queued = await cluster.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE template = 'appointment-reminder'`,
    );
    expect(queued.rows[0]!.n).toBe(REMINDED);

    const { byStatus: outbox } = await outboxDrained(cluster);
    expect(outbox.failed ?? 0).toBe(0);
    expect(cluster.sent()).toHaveLength(outbox.sent!);
    console.log(
      "instance replaced under load:",
      JSON.stringify({
        stoppedMs,
        counts,
        unanswered,
        emails: outbox,
        repeats: cluster.repeats().length,
      }),
    );
  },
);
