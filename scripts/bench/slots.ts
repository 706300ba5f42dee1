// `npm run bench:slots` — slot search and booking on a large clinic, on
// PostgreSQL. Prints numbers; it is not a test and asserts nothing.
//
//   npm run bench:slots -- [--no-build] [--no-http] [--runs 200] [--http-runs 100] [--bookings 400] [--concurrency 8]
//
// It starts a throwaway PostgreSQL (scripts/test/postgres.ts), migrates it and
// seeds, in bulk SQL (clinic-at-scale.ts: INSERT … SELECT generate_series): one
// site, 3 specialties, 50 practitioners (Mon–Fri 08:30–12:00 and 13:00–16:30,
// America/Toronto, from six months ago to six months ahead), per specialty a
// 15- and a 30-minute type, one "Minor emergency" type offered by everyone,
// 5,000 patient profiles (20 with an account) and ~120,000 appointments over
// the year (a third of the 15-minute slots; past ones completed / no-show /
// cancelled, future ones booked / confirmed / cancelled; never overlapping).
// Then:
//   a) in-process: searchSlots (the app's, DATABASE_URL at the bench
//      database) for one practitioner over 4 weeks and for the whole clinic
//      (emergency) over 4 weeks, p50/p95 over --runs after a warm-up;
//   b) over HTTP (production build in BENCH_DIST_DIR, default
//      .next-bench-slots; --no-build reuses it): a seeded patient logs in
//      through the credentials callback, then GETs the patient booking grid
//      page (one week: the page's unit) for one practitioner and for the
//      emergency flow (every practitioner), p50/p95 over --http-runs;
//   c) booking throughput: bookAppointment in-process with --concurrency
//      workers on distinct free slots, next to single-row INSERTs into
//      "Appointment" through the same Prisma client at the same concurrency,
//      the booking's writes alone in one transaction, and the floor of a
//      checked booking (one hand-written read, one hand-written write).
// Everything it started (server group, PostgreSQL) is stopped on exit, on
// failure and on Ctrl-C. All loops are bounded.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  buildIfNeeded,
  clientCpuMs,
  logIn,
  ms,
  percentile,
  postmasterPidOf,
  processCpuMs,
  request,
  row,
  startBenchPostgres,
  startNextServer,
  treeCpuMs,
  runBench,
} from "./harness";
import { BENCH_TZ, seedClinicAtScale } from "./clinic-at-scale";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
    runs: { type: "string", default: "200" },
    "http-runs": { type: "string", default: "100" },
    bookings: { type: "string", default: "400" },
    concurrency: { type: "string", default: "8" },
  },
});
const RUNS = Math.min(5000, Math.max(10, Number(args.runs)));
const HTTP_RUNS = Math.min(2000, Math.max(5, Number(args["http-runs"])));
const BOOKINGS = Math.min(5000, Math.max(10, Number(args.bookings)));
const CONCURRENCY = Math.min(64, Math.max(1, Number(args.concurrency)));
const PASSWORD = "Bench-password-2026!";
const TZ = BENCH_TZ;
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-slots";
const cores = os.availableParallelism();

const fmt = ms;

type Timed = { sorted: number[]; cpuMs: number; pgCpuMs: number };
let cpuOf: () => number = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let pgCpu: () => number = () => NaN;

async function timeRuns(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<Timed> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpu0 = cpuOf();
  const pg0 = pgCpu();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return {
    sorted: times.sort((a, b) => a - b),
    cpuMs: (cpuOf() - cpu0) / runs,
    pgCpuMs: (pgCpu() - pg0) / runs,
  };
}
const p50p95 = (t: Timed, who: string) =>
  `p50 ${fmt(percentile(t.sorted, 50))} / p95 ${fmt(percentile(t.sorted, 95))}  (CPU per call: ${who} ${fmt(t.cpuMs)}, PostgreSQL ${fmt(t.pgCpuMs)})`;

/** Runs fn(0…count-1) with `concurrency` in flight; the seconds it took. */
async function inFlight(
  count: number,
  concurrency: number,
  fn: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await fn(i);
    }),
  );
  return (performance.now() - start) / 1000;
}

// ------------------------------------------------------------------ main

async function main() {
  console.log(
    `bench:slots — ${cores} cores; ${RUNS} in-process runs, ${HTTP_RUNS} HTTP runs, ${BOOKINGS} bookings at ${CONCURRENCY} in flight`,
  );

  // 1. PostgreSQL, migrated and seeded in bulk.
  const postgres = await startBenchPostgres(root);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
  try {
    await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
    console.log(`PostgreSQL ${postgres.version} migrated`);
    const seedStart = performance.now();
    const c = await seedClinicAtScale(pool, { profiles: 5000, tz: TZ });
    console.log(
      `seeded 50 practitioners, ${c.profiles} profiles, ${c.blocks} weekly blocks, ${c.appointments} appointments (${c.active} active) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
  } finally {
    await pool.end();
  }

  const postmasterPid = postmasterPidOf(postgres);
  pgCpu = () => treeCpuMs(postmasterPid);

  // 2. The app's modules, bound to that database.
  process.env.DATABASE_URL = postgres.url;
  const { closeDb, db } = await import("@/lib/db/client");
  const { hashPassword } = await import("@/lib/auth/password");
  const { searchSlots } = await import("@/lib/scheduling/search");
  const { bookAppointment } = await import("@/lib/appointments/mutations");
  const { localDateOf, addDays, mondayOf } = await import("@/lib/time/zoned");
  const run = randomBytes(3).toString("hex");
  const passwordHash = await hashPassword(PASSWORD);
  const accounts = Array.from({ length: 20 }, (_, i) => ({
    id: `bench-account-${i + 1}`,
    email: `bench-${run}-${i + 1}@example.test`,
    passwordHash,
    status: "active" as const,
    role: "patient" as const,
    language: "en" as const,
    passwordChangedAt: new Date(),
    termsAcceptedVersion: 1,
    termsAcceptedAt: new Date(),
    profileId: `bench-profile-${i + 1}`,
  }));
  await db().account.createMany({ data: accounts });

  const today = localDateOf(new Date(), TZ);
  // Four weeks starting next Monday: past the minimum notice, full weeks.
  const from = addDays(mondayOf(today), 7);
  const onePractitioner = {
    typeId: "bench-type15-2",
    practitionerId: "bench-prac-01",
    from,
    days: 28,
    audience: "patient" as const,
  };
  const wholeClinic = { typeId: "bench-emergency", from, days: 28, audience: "patient" as const };
  const counts = {
    one: (await searchSlots(onePractitioner)).length,
    all: (await searchSlots(wholeClinic)).length,
  };

  // a) in-process.
  const oneTimes = await timeRuns(RUNS, 20, () => searchSlots(onePractitioner));
  const allTimes = await timeRuns(RUNS, 20, () => searchSlots(wholeClinic));

  // b) over HTTP.
  let httpOne: Timed | undefined;
  let httpAll: Timed | undefined;
  let httpNote = "";
  if (!args["no-http"]) {
    await buildIfNeeded(root, distDir, !!args["no-build"]);
    const { server, base } = await startNextServer({ root, distDir, databaseUrl: postgres.url });
    const session = await logIn(base, accounts[0]!.email, PASSWORD);
    const week = from;
    const pages = {
      one: `${base}/en/appointments/book?specialty=bench-spec-2&practitioner=bench-prac-01&type=bench-type15-2&when=asap&week=${week}`,
      all: `${base}/en/appointments/emergency?type=bench-emergency&when=asap&week=${week}`,
    };
    const get = async (url: string) => {
      const reply = await request(url, { headers: { cookie: session, accept: "text/html" } });
      if (reply.status !== 200) throw new Error(`GET ${url}: HTTP ${reply.status}`);
      return reply.body.toString();
    };
    // The page must be the grid, with slots: otherwise the numbers mean nothing.
    for (const url of Object.values(pages)) {
      const html = await get(url);
      if (!/data-slot|role="grid"|<table/.test(html))
        httpNote += ` (check: ${url.replace(base, "")} may not show the grid)`;
    }
    // CPU of the server, not of this client.
    const serverPid = server.pid!;
    cpuOf = () => processCpuMs(serverPid);
    const sizes = await Promise.all([get(pages.one), get(pages.all)]).then((pages) =>
      pages.map((html) => `${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`),
    );
    httpNote = `; HTML ${sizes[1]} (one practitioner: ${sizes[0]})` + httpNote;
    httpOne = await timeRuns(HTTP_RUNS, 10, () => get(pages.one));
    httpAll = await timeRuns(HTTP_RUNS, 10, () => get(pages.all));
  }

  // c) booking throughput vs raw single-row inserts, same client, same concurrency.
  const horizonSlots = await searchSlots({
    typeId: "bench-emergency",
    from: addDays(from, 28),
    days: 42,
    audience: "patient",
  });
  const targets = horizonSlots.slice(0, BOOKINGS);
  const actor = {
    accountId: accounts[0]!.id,
    role: "patient" as const,
    ip: "127.0.0.1",
    userAgent: "bench",
    requestId: null,
  };
  let bookedOk = 0;
  const refusals = new Map<string, number>();
  const bookCpu0 = { bench: clientCpuMs(), pg: pgCpu() };
  const bookSeconds = await inFlight(targets.length, CONCURRENCY, async (i) => {
    const slot = targets[i]!;
    const result = await bookAppointment(
      {
        // The 20 profiles with an account: each booking enqueues its confirmation email, as in real life.
        profileId: `bench-profile-${1 + (i % 20)}` as never,
        practitionerId: slot.practitionerId,
        siteId: slot.siteId,
        typeId: "bench-emergency",
        startsAt: slot.startsAt,
        reason: "Bench booking",
      },
      actor,
      "patient",
    );
    if (result.ok) bookedOk++;
    else refusals.set(result.code, (refusals.get(result.code) ?? 0) + 1);
  });
  const bookCpu = {
    bench: (clientCpuMs() - bookCpu0.bench) / Math.max(1, bookedOk),
    pg: (pgCpu() - bookCpu0.pg) / Math.max(1, bookedOk),
  };
  const bookBusy = ((bookCpu.bench + bookCpu.pg) * bookedOk) / 10 / bookSeconds / cores;

  const RAW = Math.max(BOOKINGS, 1000);
  const rawBase = Date.UTC(2040, 0, 1);
  const rawSeconds = await inFlight(RAW, CONCURRENCY, async (i) => {
    const startsAt = new Date(rawBase + i * 15 * 60_000);
    const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
    await db().$executeRaw`
      INSERT INTO "Appointment" (id, "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", "updatedAt")
      VALUES (${`bench-raw-${run}-${i}`}, 'bench-profile-1', 'bench-prac-01', 'bench-site', 'bench-emergency', ${startsAt}, ${endsAt}, now())`;
  });

  // The booking's own writes and nothing else — the appointment, its audit
  // event and its email in one Prisma transaction — to tell what the writes
  // cost from what the checks before them cost.
  const txBase = Date.UTC(2041, 0, 1);
  const txSeconds = await inFlight(RAW, CONCURRENCY, async (i) => {
    const startsAt = new Date(txBase + i * 15 * 60_000);
    await db().$transaction(async (tx) => {
      const created = await tx.appointment.create({
        data: {
          profileId: "bench-profile-1",
          practitionerId: "bench-prac-01",
          siteId: "bench-site",
          typeId: "bench-emergency",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 15 * 60_000),
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: { resourceType: "appointment", resourceId: created.id, action: "book" },
      });
      await tx.outboxEmail.create({
        data: {
          to: "bench@example.test",
          locale: "en",
          template: "appointment-booked",
          payload: { appointmentId: created.id },
        },
        select: { id: true },
      });
    });
  });

  // The floor of any booking that checks its time against the schedule: one
  // statement reading what the check needs (the clinic's rules, the type, the
  // practitioner, their blocks, time off and visits around that day, the
  // email's recipients) and one statement writing the three rows. Hand-written
  // SQL, not the app's code: what the target is measured against.
  const floorPayload = JSON.stringify({
    appointmentId: "x".repeat(25),
    patientName: "Pat Patient",
    practitioner: "Dr. Alex Practitioner 1",
    siteName: "Plateau",
    siteAddress: "200 Side Street, Montréal H2X 2A1",
    startsAt: new Date().toISOString(),
    endsAt: new Date().toISOString(),
    timeZone: TZ,
    typeName: "Minor emergency",
    durationMinutes: 15,
    portalUrl: "http://localhost:3000/en/appointments?profile=bench-profile-1",
  });
  const cteBase = Date.UTC(2042, 0, 1);
  const floorWriteSeconds = await inFlight(RAW, CONCURRENCY, async (i) => {
    const startsAt = new Date(cteBase + i * 15 * 60_000);
    const id = `bench-cte-${run}-${i}`;
    await db().$executeRaw`
      WITH a AS (
        INSERT INTO "Appointment" (id, "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", reason, "bookedByAccountId", "updatedAt")
        VALUES (${id}, 'bench-profile-1', 'bench-prac-01', 'bench-site', 'bench-emergency', ${startsAt}, ${new Date(startsAt.getTime() + 15 * 60_000)}, 'Bench', ${actor.accountId}, now())
        RETURNING id),
      audit AS (
        INSERT INTO "AuditEvent" ("actorAccountId", "actorRole", "subjectProfileId", "resourceType", "resourceId", action, ip, "userAgent", detail)
        SELECT ${actor.accountId}, 'patient', 'bench-profile-1', 'appointment', a.id, 'book', '127.0.0.1', 'bench', '{"by":"patient"}'::jsonb FROM a)
      INSERT INTO "OutboxEmail" (id, "to", locale, template, payload) SELECT 'bench-email-' || a.id, 'bench@example.test', 'en', 'appointment-booked', ${floorPayload}::jsonb FROM a`;
  });
  const floorReadSeconds = await inFlight(RAW, CONCURRENCY, async (i) => {
    const slot = targets[i % targets.length]!;
    const from = new Date(slot.startsAt.getTime() - 86_400_000);
    const to = new Date(slot.startsAt.getTime() + 86_400_000);
    await db().$queryRaw`
      SELECT
        (SELECT row_to_json(c) FROM (SELECT "timeZone", "minBookingNoticeHours", "maxBookingHorizonDays", "emergencyBookingEnabled" FROM "Clinic" ORDER BY "createdAt" LIMIT 1) c) AS settings,
        (SELECT row_to_json(t) FROM (SELECT kind, "durationMinutes", "specialtyId", "practitionerId", "bookableOnline", active FROM "AppointmentType" WHERE id = 'bench-emergency') t) AS type,
        (SELECT row_to_json(p) FROM (SELECT active, "bookableOnline", "acceptingNewPatients", title, "firstName", "lastName" FROM "Practitioner" WHERE id = ${slot.practitionerId}) p) AS practitioner,
        (SELECT json_agg(b) FROM (SELECT b."siteId", b.weekday, b."startMinute", b."endMinute", b."validFrom", b."validUntil" FROM "AvailabilityBlock" b
            JOIN "Site" s ON s.id = b."siteId" AND s.active JOIN "AvailabilityBlockType" bt ON bt."blockId" = b.id AND bt."typeId" = 'bench-emergency'
            WHERE b."practitionerId" = ${slot.practitionerId}) b) AS blocks,
        (SELECT json_agg(e) FROM (SELECT "siteId", kind, "startsAt", "endsAt" FROM "AvailabilityException" WHERE "practitionerId" = ${slot.practitionerId} AND "startsAt" < ${to} AND "endsAt" > ${from}) e) AS exceptions,
        (SELECT string_agg((extract(epoch FROM "startsAt") * 1000)::bigint || ':' || (extract(epoch FROM "endsAt") * 1000)::bigint, ',') FROM "Appointment"
            WHERE "practitionerId" = ${slot.practitionerId} AND status <> 'cancelled' AND "startsAt" < ${to} AND "startsAt" > ${new Date(from.getTime() - 8 * 3_600_000)} AND "endsAt" > ${from}) AS busy,
        (SELECT json_agg(r) FROM (SELECT email, language FROM "Account" WHERE "profileId" = 'bench-profile-1' AND status = 'active'
            UNION SELECT a.email, a.language FROM "ProfileAccess" g JOIN "Account" a ON a.id = g."accountId" AND a.status = 'active'
            WHERE g."profileId" = 'bench-profile-1' AND g."canAppointments" AND g."revokedAt" IS NULL AND g."lapsedAt" IS NULL) r) AS recipients`;
  });
  // Nothing may send these: they are not real emails.
  await db().outboxEmail.deleteMany({ where: { to: "bench@example.test" } });
  const floorWriteRate = RAW / floorWriteSeconds;
  const floorReadRate = RAW / floorReadSeconds;
  // Both statements per booking, on the same cores: their costs add up.
  const floorRate = 1 / (1 / floorWriteRate + 1 / floorReadRate);
  await closeDb();

  // Report.
  const bookRate = bookedOk / bookSeconds;
  const rawRate = RAW / rawSeconds;
  const txRate = RAW / txSeconds;
  const allP95 = percentile(allTimes.sorted, 95);
  const httpP95 =
    httpOne && httpAll
      ? Math.max(percentile(httpOne.sorted, 95), percentile(httpAll.sorted, 95))
      : NaN;
  console.log("");
  console.log(
    `results (4 weeks from ${from}; ${counts.one} slots for one practitioner, ${counts.all} for the whole clinic)`,
  );
  row("in-process searchSlots, one practitioner, 4 weeks", p50p95(oneTimes, "bench"));
  row("in-process searchSlots, whole clinic (emergency), 4 weeks", p50p95(allTimes, "bench"));
  if (httpOne && httpAll) {
    row("HTTP booking grid page (1 week), one practitioner", p50p95(httpOne, "server"));
    row(
      "HTTP booking grid page (1 week), whole clinic (emergency)",
      p50p95(httpAll, "server") + httpNote,
    );
  }
  row(
    `bookAppointment, ${CONCURRENCY} in flight`,
    `${bookRate.toFixed(1)} /s (${bookedOk} booked in ${bookSeconds.toFixed(1)} s${refusals.size ? `; refused: ${[...refusals].map(([k, v]) => `${k} ${v}`).join(", ")}` : ""})`,
  );
  row(
    `  CPU per booking: app / PostgreSQL`,
    `${fmt(bookCpu.bench)} / ${fmt(bookCpu.pg)} (${bookBusy.toFixed(0)} % of ${cores} cores)`,
  );
  row(
    `raw single-row INSERT into "Appointment", ${CONCURRENCY} in flight`,
    `${rawRate.toFixed(1)} /s (${RAW} in ${rawSeconds.toFixed(1)} s)`,
  );
  row(
    `  its writes alone (appointment, audit, email; 1 tx)`,
    `${txRate.toFixed(1)} /s (${RAW} in ${txSeconds.toFixed(1)} s)`,
  );
  row(
    `  floor: the three writes as 1 statement`,
    `${floorWriteRate.toFixed(1)} /s (${((floorWriteRate / rawRate) * 100).toFixed(0)} % of raw)`,
  );
  row(
    `  floor: what a check reads, as 1 statement`,
    `${floorReadRate.toFixed(1)} /s (${((floorReadRate / rawRate) * 100).toFixed(0)} % of raw)`,
  );
  row(
    `  floor: a checked booking, both statements`,
    `${floorRate.toFixed(1)} /s (${((floorRate / rawRate) * 100).toFixed(0)} % of raw)`,
  );
  console.log("");
  row(
    "whole-clinic compute p95 (target ≤ 40 ms)",
    `${fmt(allP95)} ${allP95 <= 40 ? "met" : "MISSED"}`,
  );
  if (!args["no-http"])
    row("over HTTP p95 (target ≤ 200 ms)", `${fmt(httpP95)} ${httpP95 <= 200 ? "met" : "MISSED"}`);
  row(
    "booking / raw insert (target ≥ 50 %)",
    `${((bookRate / rawRate) * 100).toFixed(0)} % ${bookRate / rawRate >= 0.5 ? "met" : "MISSED"}`,
  );
  console.log(
    `load average during the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cores} cores (numbers from a busy machine are not comparable)`,
  );
}

await runBench("slots", main);
