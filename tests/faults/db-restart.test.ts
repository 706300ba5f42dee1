// PostgreSQL restarts under load, as for an upgrade (pg_ctl restart -m fast)
// and as after a crash (-m immediate), while patients reply, book and cancel
// through two instances. Nothing acknowledged is lost, nothing is stored
// twice; /api/health answers 503 while the database is down and 200 again
// within 10 s; no instance exits; the emails queued meanwhile go out, once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { request, sleep } from "../../scripts/bench/harness";
import { type Cluster, outboxDrained, startCluster } from "./cluster";
import {
  booking,
  cancellation,
  type Patient,
  runLoad,
  seedLoadClinic,
  tally,
  replyToNewThread,
} from "./load";

const PASSWORD = "Faults-restart-2026";
const PATIENTS = 10;
/** Per patient: this many replies and bookings, and half as many cancellations. */
const EACH = 20;
let cluster: Cluster;
let patients: Patient[];

beforeAll(async () => {
  cluster = await startCluster(2);
  const { factories: f, clinicId, siteId, typeId, otherId, slots } = await seedLoadClinic(1);
  expect(slots.length).toBeGreaterThanOrEqual(PATIENTS * EACH);
  patients = [];
  for (let i = 0; i < PATIENTS; i++) {
    const email = `patient-${i}@restart.test`;
    const { profile } = await f.createPatient(clinicId, { email, password: PASSWORD });
    const writes = [];
    for (let k = 0; k < EACH; k++) {
      writes.push(await replyToNewThread(clinicId, profile.id, `Reply ${k} of patient ${i}`));
      writes.push(booking(profile.id, slots[i * EACH + k]!));
      if (k % 2 === 0) {
        const visit = await f.createAppointment({
          profileId: profile.id,
          practitionerId: otherId,
          siteId,
          typeId,
          startsAt: new Date(Date.now() + (20 * 24 + i * EACH + k) * 3_600_000),
        });
        writes.push(cancellation(profile.id, visit.id));
      }
    }
    patients.push({ email, profileId: profile.id, writes });
  }
});
afterAll(() => cluster?.stop());

/** Restarts PostgreSQL while polling each instance's /api/health; the statuses seen, and how long after the restart until both answered 200. */
async function restartWatching(mode: "fast" | "immediate") {
  const statuses = new Set<number>();
  let restarted = 0; // when pg_ctl restart returned
  let recoveredMs: number | undefined;
  const poll = (async () => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const answers = await Promise.all(
        cluster.bases.map((base) =>
          request(`${base}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        ),
      );
      for (const status of answers) statuses.add(status);
      if (restarted > 0 && answers.every((s) => s === 200)) {
        recoveredMs = Date.now() - restarted;
        return;
      }
      await sleep(50);
    }
  })();
  await cluster.postgres.restart(mode);
  restarted = Date.now();
  await poll;
  return { mode, statuses: [...statuses].sort(), recoveredMs };
}

it(
  "loses no acknowledged write and stores none twice while PostgreSQL restarts twice (fast, then immediate)",
  { timeout: 420_000 },
  async () => {
    const load = runLoad(cluster, patients, PASSWORD, { pauseMs: 100, retries: 30 });
    await sleep(1500);
    const fast = await restartWatching("fast");
    await sleep(1500);
    const immediate = await restartWatching("immediate");
    await load;

    const counts = await tally(cluster.pool, patients);
    console.log(
      "database restarts under load:",
      JSON.stringify({ fast, immediate, counts }, null, 1),
    );
    for (const [kind, row] of Object.entries(counts)) {
      expect(row, kind).toMatchObject({ lost: 0, duplicated: 0, refused: 0 });
      expect(row.acknowledged, kind).toBe(row.attempted);
      expect(row.found, kind).toBe(row.attempted);
    }
    // The restarts did reach the load: some writes had to be sent again.
    expect(Object.values(counts).reduce((n, row) => n + row.retried!, 0)).toBeGreaterThan(0);
    for (const restart of [fast, immediate]) {
      expect(restart.statuses, restart.mode).toContain(503);
      expect(
        restart.statuses.filter((s) => s !== 200 && s !== 503),
        restart.mode,
      ).toEqual([]);
      expect(restart.recoveredMs, restart.mode).toBeLessThan(10_000);
    }
    expect(cluster.processes.map((p) => p.exitCode)).toEqual(cluster.processes.map(() => null));

    // What was queued meanwhile goes out, each email once.
    const { byStatus: outbox, leaseUntil } = await outboxDrained(cluster);
    expect(outbox.failed ?? 0).toBe(0);
    expect(outbox.sent).toBeGreaterThan(0);
    // One delivery per row: the stand-in, like Resend, delivers a repeated idempotency key once.
    expect(cluster.sent()).toHaveLength(outbox.sent!);
    console.log(
      `emails: ${outbox.sent} sent; ${leaseUntil ? `some waited for their lease until ${leaseUntil.toISOString()}` : "none waited for a lease"}; ${cluster.repeats().length} sends repeated with the same key`,
    );
  },
);
