// db()'s PostgreSQL pool is the app's own (Prisma's adapter borrows it): when
// the server drops its idle connections (a restart, a failover), the process
// must live on and the next queries get fresh connections. Prisma's adapter
// does not listen on a borrowed pool's idle connections: lib/db/client.ts does.
import pg from "pg";
import { expect, it } from "vitest";
import { findLoginState } from "@/lib/auth/data";
import { closeDb, db } from "@/lib/db/client";
import { throttleKey } from "@/lib/throttle/rules";
import { describeOnPostgres } from "../harness";

const loginState = () =>
  findLoginState("nobody@example.test", {
    accountKeyPrefix: throttleKey.loginAccount(""),
    unknownAccountKey: throttleKey.loginAccount("unknown:nobody@example.test"),
    ipKey: throttleKey.loginIp("192.0.2.60"),
  });

async function dropOtherConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    const result = await admin.query<{ n: string }>(
      `SELECT count(pg_terminate_backend(pid))::text AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return Number(result.rows[0]!.n);
  } finally {
    await admin.end();
  }
}

describeOnPostgres("a connection the server drops", () => {
  it("neither ends the process nor fails the next queries", async () => {
    await closeDb(); // a fresh pool, as in a process that has just started
    expect((await loginState()).account).toBeNull();
    expect(await dropOtherConnections()).toBeGreaterThanOrEqual(1);
    // Let the idle connection hear of it (an unheard error would fail this file).
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await loginState()).account).toBeNull();
    // This file's database is fresh: the right answer, not only an answer.
    expect(await db().clinic.count()).toBe(0);
  });
});
