// `npm run bench:rush` — the opening rush: a clinic releases 100 slots at once
// and 300 patients arrive within 30 s. Prints numbers; it is not a test.
//
//   npm run bench:rush -- [--no-build] [--patients 300] [--slots 100] [--within 30]
//                         [--instances 1] [--cpu-prof]
//
// On a throwaway PostgreSQL with the clinic at scale (clinic-at-scale.ts), four
// practitioners get an extra block each on the next day, 08:00 onwards, that
// offers only the "Rush" emergency type: --slots 15-minute slots in all. The
// production server (`npm start`) serves it. Each virtual patient starts at a
// random moment within --within seconds and does what a person does: logs in
// (the credentials callback), loads the emergency booking grid, opens the
// first free time it shows, and confirms it. The confirmation is the page's own
// server action (bookAppointmentAction), posted as the browser posts it: its
// id from the build's server-reference manifest, its arguments encoded by
// React's encodeReply. Told "just taken", the patient gets the confirmation
// page again, which then offers the next free time, and confirms that one, up
// to 3 retries (with nothing left to offer, the page links back to the grid).
// At the end the database must hold exactly --slots bookings, each slot once.
// --instances N starts N servers of the same build, as production runs several
// stateless instances, and spreads the requests over them in turn.
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  BENCH_TZ,
  benchPatientEmail,
  hasAccount,
  seedClinicAtScale,
  seedPortalUse,
} from "./clinic-at-scale";
import {
  actionId,
  buildIfNeeded,
  clientCpuMs,
  postmasterPidOf,
  printServerProfile,
  treeCpuMs,
  logIn,
  ms,
  percentile,
  postAction,
  request,
  row,
  sleep,
  startBenchPostgres,
  startNextServer,
  runBench,
} from "./harness";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
    patients: { type: "string", default: "300" },
    slots: { type: "string", default: "100" },
    within: { type: "string", default: "30" },
  },
});
const PATIENTS = Math.min(2000, Math.max(1, Number(args.patients)));
const SLOTS = Math.min(400, Math.max(4, Number(args.slots)));
const WITHIN_S = Math.min(600, Math.max(0, Number(args.within)));
const INSTANCES = Math.min(4, Math.max(1, Number(args.instances)));
const RETRIES = 3;
const PRACTITIONERS = 4;
const PASSWORD = "Bench-password-2026!";
const TARGET_P95 = 500;
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-pages";
const cores = os.availableParallelism();

/** The rush's practitioners, type and extra blocks: the next day in the clinic's zone, from 08:00. */
const rushSql = (slots: number) => {
  const perPractitioner = Math.ceil(slots / PRACTITIONERS);
  return String.raw`
INSERT INTO "AppointmentType" (id, "clinicId", "nameEn", "nameFr", "descriptionEn", "descriptionFr", "durationMinutes", kind)
VALUES ('bench-rush', 'bench-clinic', 'Flu shot', 'Vaccin antigrippal', 'Released at 7:00.', 'Offert à 7 h.', 15, 'emergency');
INSERT INTO "Practitioner" (id, "clinicId", title, "firstName", "lastName")
SELECT 'bench-rush-' || p, 'bench-clinic', 'Dr.', 'Rush', 'Nurse ' || p FROM generate_series(1, ${PRACTITIONERS}) p;
INSERT INTO "PractitionerSite" ("practitionerId", "siteId")
SELECT 'bench-rush-' || p, 'bench-site' FROM generate_series(1, ${PRACTITIONERS}) p;
INSERT INTO "AvailabilityException" (id, "practitionerId", "siteId", kind, "startsAt", "endsAt")
SELECT 'bench-rush-extra-' || p, 'bench-rush-' || p, 'bench-site', 'extra',
       ((current_date + 1 + time '08:00') AT TIME ZONE '${BENCH_TZ}'),
       ((current_date + 1 + time '08:00') AT TIME ZONE '${BENCH_TZ}') + make_interval(mins => 15 * (${slots} / ${PRACTITIONERS} + CASE WHEN p <= ${slots} % ${PRACTITIONERS} THEN 1 ELSE 0 END))
FROM generate_series(1, ${PRACTITIONERS}) p;
INSERT INTO "AvailabilityExceptionType" ("exceptionId", "typeId")
SELECT 'bench-rush-extra-' || p, 'bench-rush' FROM generate_series(1, ${PRACTITIONERS}) p;
-- ${perPractitioner} at most per practitioner
`;
};

const decode = (s: string) => s.replaceAll("&amp;", "&");

type Outcome = {
  booked: boolean;
  taken: number;
  /** The grid showed no time at all. */
  nothingLeft?: boolean;
  error?: string;
  loginMs: number[];
  gridMs: number[];
  confirmMs: number[];
  bookMs: number[];
  bookedAt?: number;
};
const noTimings = () => ({ loginMs: [], gridMs: [], confirmMs: [], bookMs: [] });

async function patient(
  /** The instance for the next request: round robin, as a load balancer spreads them. */
  next: () => string,
  email: string,
  grid: string,
  bookAction: string,
): Promise<Outcome> {
  const outcome: Outcome = { booked: false, taken: 0, ...noTimings() };
  const loginStarted = performance.now();
  const cookie = await logIn(next(), email, PASSWORD);
  outcome.loginMs.push(performance.now() - loginStarted);
  const get = async (url: string, timings?: number[]) => {
    const started = performance.now();
    const reply = await request(`${next()}${url}`, { headers: { cookie, accept: "text/html" } });
    timings?.push(performance.now() - started);
    if (reply.status !== 200) throw new Error(`GET ${url}: HTTP ${reply.status}`);
    return reply.body.toString();
  };
  const firstShown = async (url: string) => {
    const link = /href="([^"]*\/appointments\/emergency\/confirm\?[^"]*)"/.exec(
      await get(url, outcome.gridMs),
    );
    return link ? decode(link[1]!) : null;
  };
  let confirmUrl = await firstShown(grid);
  for (let attempt = 0; confirmUrl && attempt <= RETRIES; attempt++) {
    const confirm = await get(confirmUrl, outcome.confirmMs);
    const form = new FormData();
    for (const [, name, value] of confirm.matchAll(
      /<input type="hidden" name="(\w+)" value="([^"]*)"/g,
    ))
      form.set(name!, decode(value!));
    const asked = new URL(confirmUrl, "http://x").searchParams.get("start");
    if (form.get("startsAt") !== asked) outcome.taken++; // the page says the time is no longer free
    if (!form.has("startsAt")) {
      // Nothing free left to offer instead: the page links back to the grid, which says so.
      confirmUrl = await firstShown(`${grid}&taken=1`);
      continue;
    }
    form.set("reason", "Flu shot");
    const started = performance.now();
    const { status, text } = await postAction(next(), confirmUrl, bookAction, form, cookie);
    outcome.bookMs.push(performance.now() - started);
    if (status !== 200) return { ...outcome, error: `HTTP ${status}` };
    if (/"ok":true/.test(text)) return { ...outcome, booked: true, bookedAt: performance.now() };
    const code = /"code":"(\w+)"/.exec(text)?.[1];
    if (code !== "slotTaken")
      return {
        ...outcome,
        error: `${code ?? text.slice(0, 200)} ${/"fields":\{[^}]*\}/.exec(text)?.[0] ?? ""}`,
      };
    // Taken: the page is drawn again (router.refresh) and offers the next free time.
  }
  return { ...outcome, nothingLeft: confirmUrl === null };
}

async function main() {
  console.log(
    `bench:rush — ${cores} cores; ${PATIENTS} patients within ${WITHIN_S} s for ${SLOTS} slots; ${INSTANCES} server instance(s)`,
  );
  const postgres = await startBenchPostgres(root);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  const profiles = Math.ceil((PATIENTS * 5) / 4) + 10;
  try {
    await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
    await seedClinicAtScale(pool, { profiles });
    const { hashPassword } = await import("@/lib/auth/password");
    await seedPortalUse(pool, {
      profiles,
      communications: 1000,
      passwordHash: await hashPassword(PASSWORD),
    });
    await pool.query(rushSql(SLOTS));
  } finally {
    await pool.end();
  }
  await buildIfNeeded(root, distDir, !!args["no-build"]);
  // Profiling slows the server: the numbers of a --cpu-prof run are not compared with others.
  const profileDir = args["cpu-prof"]
    ? path.join(root, ".tmp", `cpu-prof-${Date.now()}`)
    : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  // Production runs several stateless instances behind a load balancer: --instances of them here.
  const started: Awaited<ReturnType<typeof startNextServer>>[] = [];
  for (let i = 0; i < INSTANCES; i++)
    started.push(
      await startNextServer({
        root,
        distDir,
        databaseUrl: postgres.url,
        nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
      }),
    );
  const bases = started.map((s) => s.base);
  let turn = 0;
  const next = () => bases[turn++ % bases.length]!;
  const serverCpuMs = () => started.reduce((n, s) => n + treeCpuMs(s.server.pid!), 0);
  const pgPid = postmasterPidOf(postgres);
  const bookAction = actionId(root, distDir, "bookAppointmentAction");

  const { localDateOf, addDays, mondayOf } = await import("@/lib/time/zoned");
  const tomorrow = addDays(localDateOf(new Date(), BENCH_TZ), 1);
  const grid = `/en/appointments/emergency?type=bench-rush&when=asap&week=${mondayOf(tomorrow)}`;
  const emails = Array.from({ length: profiles }, (_, k) => k + 2)
    .filter(hasAccount)
    .slice(0, PATIENTS)
    .map(benchPatientEmail);

  console.log(`the rush: ${emails.length} patients arrive within ${WITHIN_S} s …`);
  const startedAt = performance.now();
  const cpu0 = { server: serverCpuMs(), pg: treeCpuMs(pgPid), client: clientCpuMs() };
  const outcomes = await Promise.all(
    emails.map(async (email) => {
      await sleep(Math.random() * WITHIN_S * 1000);
      return patient(next, email, grid, bookAction).catch((error: Error): Outcome => ({
        booked: false,
        taken: 0,
        error: error.message,
        ...noTimings(),
      }));
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const cpu = {
    server: serverCpuMs() - cpu0.server,
    pg: treeCpuMs(pgPid) - cpu0.pg,
    client: clientCpuMs() - cpu0.client,
  };

  const check = new pg.Pool({ connectionString: postgres.url, max: 1 });
  const { rows } = await check.query<{ bookings: string; distinct_slots: string }>(`
    SELECT count(*) AS bookings, count(DISTINCT ("practitionerId", "startsAt")) AS distinct_slots
    FROM "Appointment" WHERE "typeId" = 'bench-rush' AND status <> 'cancelled'`);
  await check.end();

  const booked = outcomes.filter((o) => o.booked);
  const errors = outcomes.filter((o) => o.error);
  const gridMs = outcomes.flatMap((o) => o.gridMs).sort((a, b) => a - b);
  const bookMs = outcomes.flatMap((o) => o.bookMs).sort((a, b) => a - b);
  const times = booked.map((o) => o.bookedAt!).sort((a, b) => a - b);
  const bookingSpan = times.length > 1 ? (times.at(-1)! - times[0]!) / 1000 : NaN;
  const db = rows[0]!;
  console.log("");
  console.log(`results (${seconds.toFixed(1)} s from the first arrival to the last answer)`);
  row(
    `bookings made (must be exactly ${SLOTS}, each slot once)`,
    `${booked.length} acknowledged; in the database ${db.bookings}, ${db.distinct_slots} distinct slots — ${Number(db.bookings) === SLOTS && Number(db.distinct_slots) === SLOTS && booked.length === SLOTS ? "met" : "MISSED"}`,
  );
  row(
    `patients told "just taken" (then offered the next free time)`,
    `${outcomes.filter((o) => o.taken > 0).length} (${outcomes.reduce((n, o) => n + o.taken, 0)} times)`,
  );
  row(
    "patients who found nothing left / gave up after 3 retries",
    `${outcomes.filter((o) => o.nothingLeft).length} / ${outcomes.filter((o) => !o.booked && !o.error && !o.nothingLeft).length}`,
  );
  row(
    "errors (must be 0)",
    errors.length === 0
      ? "0 met"
      : `${errors.length} MISSED: ${[...new Set(errors.map((e) => e.error))].slice(0, 3).join("; ")}`,
  );
  const steps = {
    login: outcomes.flatMap((o) => o.loginMs),
    grid: gridMs,
    confirm: outcomes.flatMap((o) => o.confirmMs),
    booking: bookMs,
  };
  for (const [step, timings] of Object.entries(steps)) {
    const sorted = timings.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    const target = step === "grid" || step === "booking";
    row(
      `${step}: p50 / p95${target ? ` (target p95 ≤ ${TARGET_P95} ms)` : ""}`,
      `${ms(percentile(sorted, 50))} / ${ms(p95)} over ${sorted.length}${target ? ` — ${p95 <= TARGET_P95 ? "met" : "MISSED"}` : ""}`,
    );
  }
  const perPatient = (total: number) => `${(total / outcomes.length).toFixed(0)} ms`;
  row(
    "CPU per patient: server / PostgreSQL / this client",
    `${perPatient(cpu.server)} / ${perPatient(cpu.pg)} / ${perPatient(cpu.client)} (${((cpu.server + cpu.pg + cpu.client) / 1000 / seconds).toFixed(2)} of ${cores} cores busy)`,
  );
  row(
    "bookings/s (first to last booking)",
    `${(booked.length / bookingSpan).toFixed(1)} /s — compare with bench:slots' "floor: a checked booking"`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cores} cores (numbers from a busy machine are not comparable)`,
  );
  if (profileDir) await printServerProfile(profileDir);
}

await runBench("rush", main);
