// The harness itself: each file gets a fresh database with every migration
// applied, the app's own db() reads and writes it, and resetTables() empties it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dbKind, describeOnPostgres, resetTables } from "./harness";

const clinic = {
  name: "Harness Clinic",
  phone: "+1 514 555 0100",
  email: "clinic@example.test",
  addressLine: "1 Test Street",
  city: "Montréal",
  province: "QC",
  postalCode: "H2X 1Y4",
  timeZone: "America/Toronto",
};

describe("integration harness", () => {
  it("starts from a database with every migration applied", async () => {
    const folders = readdirSync(path.join(process.cwd(), "prisma/migrations"), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const rows = await db().$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(folders.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(await db().clinic.count()).toBe(0);
  });

  it("writes and reads through the app's db()", async () => {
    const created = await db().clinic.create({ data: clinic, select: { id: true } });
    const read = await db().clinic.findUniqueOrThrow({
      where: { id: created.id },
      select: { name: true, province: true },
    });
    expect(read).toEqual({ name: "Harness Clinic", province: "QC" });
  });

  it("resetTables() empties the data but keeps the migration history", async () => {
    await db().clinic.create({ data: clinic });
    await resetTables();
    expect(await db().clinic.count()).toBe(0);
    const [{ count }] = (await db().$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS count FROM _prisma_migrations`) as [{ count: bigint }];
    expect(count).toBeGreaterThan(0n);
  });

  it("resetTables() also empties the append-only audit log (its triggers refuse the app)", async () => {
    await db().auditEvent.create({ data: { resourceType: "harness", action: "test" } });
    await resetTables();
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("runs on the database TEST_DB names", async () => {
    const [{ version }] = (await db().$queryRaw<{ version: string }[]>`SELECT version()`) as [
      { version: string },
    ];
    if (dbKind() === "pglite") expect(version).toMatch(/emscripten|wasm/i);
    else expect(version).not.toMatch(/emscripten|wasm/i);
  });
});

describeOnPostgres("on PostgreSQL", () => {
  it("gives this file its own database, copied from the migrated template", async () => {
    const [{ name }] = (await db().$queryRaw<
      { name: string }[]
    >`SELECT current_database() AS name`) as [{ name: string }];
    expect(name).toMatch(/^portal_t_[0-9a-f]+_[0-9a-f]+$/);
  });

  it("serves concurrent connections (what PGlite cannot)", async () => {
    const [a, b] = await Promise.all([
      db().$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid FROM pg_sleep(0.2)`,
      db().$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid FROM pg_sleep(0.2)`,
    ]);
    expect(a[0]?.pid).not.toBe(b[0]?.pid);
  });
});
