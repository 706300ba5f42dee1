// The email provider has a two-minute outage while patients book, reply and
// register through two instances: 500s, then 429 with Retry-After, then
// requests that never get an answer (the provider took the email, its answer
// is lost), then it recovers. Pages and writes do not wait for email (the
// outbox); every email queued is delivered exactly once afterwards (the
// retry carries the same idempotency key); retries back off and honour
// Retry-After; an address the provider refuses (422) is failed, not retried
// again, and staff see it on the patient's page.
import { afterAll, beforeAll, expect, it } from "vitest";
import { logIn, percentile, request, sleep } from "../../scripts/bench/harness";
import { type Cluster, outboxDrained, startCluster } from "./cluster";
import {
  booking,
  type Patient,
  registration,
  runLoad,
  seedLoadClinic,
  tally,
  replyToNewThread,
} from "./load";

const PASSWORD = "Faults-outage-2026";
const PATIENTS = 6;
/** Per patient: this many bookings and replies, and one registration of a newcomer. */
const EACH = 4;
/** The outbox's first retry in these servers (EMAIL_RETRY_SECONDS), doubling after. */
const RETRY_SECONDS = 5;
const RETRY_AFTER_SECONDS = 20;
/** Each phase of the outage. */
const PHASE_MS = 40_000;
const REFUSED = "patient-0@outage.test";
const STAFF = "admin@outage.test";

let cluster: Cluster;
let patients: Patient[];

beforeAll(async () => {
  cluster = await startCluster(2, { EMAIL_RETRY_SECONDS: String(RETRY_SECONDS) });
  const { factories: f, clinicId, slots } = await seedLoadClinic(1);
  await f.createStaff({ email: STAFF, password: PASSWORD, role: "admin" });
  patients = [];
  for (let i = 0; i < PATIENTS; i++) {
    const email = `patient-${i}@outage.test`;
    const { profile } = await f.createPatient(clinicId, { email, password: PASSWORD });
    const writes = [registration(`newcomer-${i}@outage.test`)];
    for (let k = 0; k < EACH; k++) {
      writes.push(booking(profile.id, slots[i * EACH + k]!));
      writes.push(await replyToNewThread(clinicId, profile.id, `Reply ${k} of patient ${i}`));
    }
    patients.push({ email, profileId: profile.id, writes });
  }
  // The provider rejects this patient's address: once it is back, their emails fail for good.
  cluster.provider().refuse(REFUSED);
});
afterAll(() => cluster?.stop());

/** Loads a patient's dashboard and /api/health on each instance in turn until `until()`; every status and time. */
async function watchPages(cookie: string, done: () => boolean) {
  const seen: { status: number; ms: number }[] = [];
  for (let turn = 0; !done(); turn++) {
    const base = cluster.bases[turn % cluster.bases.length]!;
    const path = turn % 2 === 0 ? "/en/dashboard" : "/api/health";
    const started = performance.now();
    const status = await request(`${base}${path}`, { headers: { cookie } }).then(
      (r) => r.status,
      () => 0,
    );
    seen.push({ status, ms: performance.now() - started });
    await sleep(200);
  }
  return seen;
}

it(
  "delivers every email once after a two-minute provider outage, backing off; pages never wait; a refused address is shown to staff",
  { timeout: 600_000 },
  async () => {
    const provider = cluster.provider();
    const outageStart = Date.now();
    provider.setOutage({ status: 500 });
    let loadDone = false;
    const load = runLoad(cluster, patients, PASSWORD, { pauseMs: 9_000, retries: 5 }).finally(
      () => (loadDone = true),
    );
    const pages = watchPages(
      await logIn(cluster.bases[0]!, patients[1]!.email, PASSWORD),
      () => Date.now() - outageStart > 3 * PHASE_MS,
    );
    await sleep(PHASE_MS);
    provider.setOutage({ status: 429, retryAfterSeconds: RETRY_AFTER_SECONDS });
    await sleep(PHASE_MS);
    provider.setOutage({ hang: true, delivers: true });
    await sleep(PHASE_MS);
    provider.setOutage(null);
    const outageEnd = Date.now();
    const pageLoads = await pages;
    await load;
    expect(loadDone).toBe(true);

    // The writes never waited for email: all acknowledged, each stored once.
    const counts = await tally(cluster.pool, patients);
    const refusals = patients
      .flatMap((p) => p.writes)
      .filter((w) => w.outcome !== "acknowledged")
      .map((w) => `${w.kind}: ${w.answers.join(", ")}`);
    for (const [kind, row] of Object.entries(counts)) {
      expect(row, `${kind} (${refusals.join("; ")})`).toMatchObject({
        lost: 0,
        duplicated: 0,
        refused: 0,
      });
      expect(row.acknowledged, kind).toBe(row.attempted);
    }
    // Nor did the pages: every one answered, fast, during the whole outage.
    const times = pageLoads.map((p) => p.ms).sort((a, b) => a - b);
    const pageStats = {
      loads: pageLoads.length,
      statuses: [...new Set(pageLoads.map((p) => p.status))],
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      max: Math.round(times.at(-1) ?? NaN),
    };
    expect(pageStats.statuses).toEqual([200]);
    expect(pageStats.p95).toBeLessThan(1_000);

    // Afterwards everything drains: sent, or failed for the refused address only.
    const { byStatus } = await outboxDrained(cluster, 300_000);
    const drainedMs = Date.now() - outageEnd;
    const rows = await cluster.pool.query<{
      id: string;
      to: string;
      status: string;
      attempts: number;
      lastError: string | null;
      template: string;
    }>(`SELECT id, "to", status::text, attempts, "lastError", template FROM "OutboxEmail"`);
    const failed = rows.rows.filter((r) => r.status === "failed");
    const sent = rows.rows.filter((r) => r.status === "sent");
    // Only the refused patient's emails failed, each on a 422…
    expect(failed.map((r) => [r.to, r.template, r.attempts, r.lastError])).toEqual(
      failed.map((r) => [REFUSED, r.template, r.attempts, expect.stringContaining("(422)")]),
    );
    // …and every one of them: none slipped through as delivered.
    expect(failed.length).toBe(rows.rows.filter((r) => r.to === REFUSED).length);
    expect(failed.length).toBeGreaterThanOrEqual(EACH);
    expect(sent.length + failed.length).toBe(rows.rows.length);

    // Exactly once: the provider delivered each sent row's key once, and nothing else.
    const delivered = provider.sent.map((m) => m.key);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect([...delivered].sort()).toEqual(sent.map((r) => r.id).sort());
    // Answers lost in the last phase were sent again under the same key, and not delivered twice.
    expect(provider.repeats.length).toBeGreaterThan(0);

    // Backoff: after a row's n-th try, the next waits at least 5 s × 2^(n-1), and a 429's Retry-After.
    const tries = new Map<string, typeof provider.requests>();
    for (const r of provider.requests) tries.set(r.key, [...(tries.get(r.key) ?? []), r]);
    let checkedGaps = 0;
    for (const [key, list] of tries) {
      for (let n = 1; n < list.length; n++) {
        const gap = list[n]!.at - list[n - 1]!.at;
        const backoff = RETRY_SECONDS * 1000 * 2 ** (n - 1);
        const asked = list[n - 1]!.answer === 429 ? RETRY_AFTER_SECONDS * 1000 : 0;
        expect(gap, `${key}: try ${n + 1}`).toBeGreaterThanOrEqual(Math.max(backoff, asked) - 250);
        checkedGaps++;
      }
    }
    expect(checkedGaps).toBeGreaterThan(0);
    const duringOutage = provider.requests.filter((r) => r.at < outageEnd);
    const answers: Record<string, number> = {};
    for (const r of duringOutage) answers[r.answer] = (answers[r.answer] ?? 0) + 1;

    // Staff see the refused emails on the patient's page.
    const staff = await logIn(cluster.bases[1]!, STAFF, PASSWORD);
    const page = await request(`${cluster.bases[1]}/en/admin/patients/${patients[0]!.profileId}`, {
      headers: { cookie: staff },
    });
    expect(page.status).toBe(200);
    const html = page.body.toString();
    expect(html).toContain("Emails not delivered");
    expect(html).toContain("Appointment booked");
    expect(html).toContain(REFUSED);

    console.log(
      "email provider outage:",
      JSON.stringify(
        {
          writes: counts,
          pagesDuringOutage: pageStats,
          outbox: byStatus,
          drainedAfterRecoveryMs: drainedMs,
          providerRequests: {
            duringOutage: duringOutage.length,
            answers,
            total: provider.requests.length,
          },
          emailsQueued: rows.rows.length,
          delivered: delivered.length,
          repeatedKeys: provider.repeats.length,
          maxTries: Math.max(...rows.rows.map((r) => r.attempts)),
          failedTemplates: failed.map((r) => r.template),
        },
        null,
        1,
      ),
    );
  },
);
