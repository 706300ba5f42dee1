// Databases of our own for the database-layer tests: these tests need EMPTY
// databases (to apply migrations) and BOTH adapters in one run (to pin how each
// surfaces errors), so they do not use the per-file db() of the harness.
//   PGlite:      always, in memory.
//   PostgreSQL:  on TEST_DATABASE_URL's server, or on the server the harness
//                started (TEST_DB=postgres); otherwise those tests are skipped.
import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openPglite } from "@/lib/db/pglite";
import { pgliteRunner, pgRunner, type SqlRunner } from "@/lib/db/sql-runner";

function providedServer(): string | undefined {
  try {
    return (inject("postgres" as never) as { serverUrl?: string } | null | undefined)?.serverUrl;
  } catch {
    return undefined; // not run under the integration project's globalSetup
  }
}

/** The PostgreSQL server to create throwaway databases on, if any. */
export const postgresServerUrl: string | undefined =
  process.env.TEST_DATABASE_URL || providedServer();
export const noPostgresReason =
  "no PostgreSQL: set TEST_DATABASE_URL (a server where the user may CREATE DATABASE) or run with TEST_DB=postgres";

export type TestDb = { runner: SqlRunner; client(): PrismaClient; close(): Promise<void> };

let sharedPglite: PGlite | undefined;

/** Boots the file's PGlite; call it from a beforeAll (hook timeouts are longer than test timeouts). */
export async function bootPglite(): Promise<PGlite> {
  const dir = process.env.PGLITE_DIR?.startsWith("memory://")
    ? process.env.PGLITE_DIR
    : "memory://db-layer-tests";
  sharedPglite ??= openPglite(dir).pglite;
  await sharedPglite.waitReady;
  return sharedPglite;
}

/**
 * An empty PGlite database. Booting PGlite (WASM) costs about a second, much
 * more on a busy machine, so each test file boots ONE and empties it (drops the
 * public schema) for each use. Under the harness with TEST_DB=pglite that is the
 * in-memory database the harness gave this file (PGLITE_DIR); these tests own it.
 */
export async function freshPglite(): Promise<TestDb & { pglite: PGlite }> {
  const pglite = await bootPglite();
  await pglite.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  let prisma: PrismaClient | undefined;
  return {
    pglite,
    runner: pgliteRunner(pglite),
    client: () => (prisma ??= new PrismaClient({ adapter: new PrismaPGlite(pglite) })),
    close: async () => {
      await prisma?.$disconnect(); // the instance stays open for the file's next test
    },
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * close() drops the database WITH (FORCE), which terminates (57P01) any
 * connection still closing; a pool with no "error" listener turns that into
 * an unhandled error that fails the whole run (seen once in CI, in
 * migrate.test.ts). Errors of idle clients at teardown are expected here.
 */
export function quietOnTeardown(pool: pg.Pool): pg.Pool {
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") throw error;
  });
  return pool;
}

/** A new, empty database on the test server; close() drops it. */
export async function freshPostgres(): Promise<TestDb & { url: string; pool: pg.Pool }> {
  if (!postgresServerUrl) throw new Error(noPostgresReason);
  const name = `portal_dbtest_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quote(name)}`).finally(() => admin.end());
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  const pool = quietOnTeardown(new pg.Pool({ connectionString: url.toString(), max: 4 }));
  let prisma: PrismaClient | undefined;
  return {
    url: url.toString(),
    pool,
    runner: pgRunner(pool),
    client: () =>
      (prisma ??= new PrismaClient({
        adapter: new PrismaPg({ connectionString: url.toString() }),
      })),
    close: async () => {
      await prisma?.$disconnect();
      await pool.end();
      const dropper = new pg.Client({ connectionString: postgresServerUrl });
      await dropper.connect();
      await dropper
        .query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
        .finally(() => dropper.end());
    },
  };
}

export async function migrated<T extends TestDb>(db: Promise<T>): Promise<T> {
  const ready = await db;
  await applyMigrations(ready.runner);
  return ready;
}

/** The rows an appointment needs: clinic, site, practitioner, type, patient. */
export async function appointmentFixture(prisma: PrismaClient) {
  const clinic = await prisma.clinic.create({
    data: {
      name: "Test Clinic",
      phone: "+1 514 555 0100",
      email: "clinic@example.test",
      addressLine: "1 Test Street",
      city: "Montréal",
      province: "QC",
      postalCode: "H2X 1Y4",
      timeZone: "America/Toronto",
    },
  });
  const site = await prisma.site.create({
    data: {
      clinicId: clinic.id,
      nameEn: "Main",
      nameFr: "Principal",
      addressLine: "1 Test Street",
    },
  });
  const practitioner = await prisma.practitioner.create({
    data: { clinicId: clinic.id, title: "Dr.", firstName: "Ada", lastName: "Lee" },
  });
  const other = await prisma.practitioner.create({
    data: { clinicId: clinic.id, title: "NP", firstName: "Bo", lastName: "Roy" },
  });
  const type = await prisma.appointmentType.create({
    data: { clinicId: clinic.id, nameEn: "Visit", nameFr: "Visite", durationMinutes: 30 },
  });
  const profile = await prisma.patientProfile.create({
    data: {
      clinicId: clinic.id,
      firstName: "Pat",
      lastName: "Doe",
      dateOfBirth: new Date("1990-05-01"),
    },
  });
  const slot = (practitionerId: string, start: string, minutes: number) => ({
    profileId: profile.id,
    practitionerId,
    siteId: site.id,
    typeId: type.id,
    startsAt: new Date(start),
    endsAt: new Date(new Date(start).getTime() + minutes * 60_000),
  });
  return { clinic, site, practitioner, other, type, profile, slot };
}
