// The embedded database (PGlite in the server's own process) stopped mid-write,
// as `docker stop` or Ctrl+C does: SIGTERM while newcomers register. The
// requests in flight get their answers; the process exits by itself; the next
// start opens the same folder (replaying its WAL), and every registration that
// was acknowledged is there, once.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import {
  actionId,
  buildIfNeeded,
  postAction,
  sleep,
  startNextServer,
  stopAll,
} from "../../scripts/bench/harness";
import { formOf } from "./cluster";
import { answerOf, registration } from "./load";

const root = process.cwd();
const distDir = ".next";
const CLIENTS = 4;
const dir = mkdtempSync(path.join(os.tmpdir(), "portal-embedded-shutdown-"));

afterAll(async () => {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
});

const exitOf = (child: { once(event: "exit", cb: (code: number | null) => void): void }) =>
  new Promise<number | null>((resolve) => child.once("exit", resolve));

it(
  "SIGTERM while patients register on the embedded database: answers given, nothing acknowledged lost after a restart",
  { timeout: 300_000 },
  async () => {
    await buildIfNeeded(root, distDir, true);
    const env = { PGLITE_DIR: dir };
    const first = await startNextServer({ root, distDir, databaseUrl: null, env });
    const register = actionId(root, distDir, "registerAction");

    // Newcomers register one after another on a few connections, until the server is gone.
    const acknowledged: string[] = [];
    const otherAnswers: string[] = [];
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let k = 0; ; k++) {
        const email = `newcomer-${c}-${k}@embedded.test`;
        const answer = await postAction(
          first.base,
          "/en/register",
          register,
          formOf(registration(email).form),
        ).then(answerOf, (error: Error) => {
          const code = (error.cause as { code?: string } | undefined)?.code;
          return `HTTP ${code ?? error.message}`;
        });
        if (answer === "ok") acknowledged.push(email);
        else otherAnswers.push(answer);
        if (answer.startsWith("HTTP")) return;
      }
    });
    await sleep(4_000);
    const exited = exitOf(first.server);
    const signalled = Date.now();
    first.server.kill("SIGTERM");
    const code = await Promise.race([exited, sleep(45_000).then(() => "still running")]);
    const stoppedMs = Date.now() - signalled;
    await Promise.all(clients);

    // Next's handler exits once the requests in flight are answered (143).
    expect(code).toBe(143);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS);
    // Nothing failed inside the server; a client only lost its connection once the server had closed it.
    expect(otherAnswers.filter((a) => !a.startsWith("HTTP"))).toEqual([]);

    // The next start opens the folder (the demo is not seeded again) and serves.
    const second = await startNextServer({ root, distDir, databaseUrl: null, env });
    const secondExit = exitOf(second.server);
    second.server.kill("SIGTERM");
    expect(await secondExit).toBe(143);

    const { newPglite } = await import("@/lib/db/pglite");
    const pglite = newPglite(dir);
    try {
      const found = await pglite.query<{ email: string; n: number }>(
        `SELECT email, count(*)::int AS n FROM "Account" WHERE email = ANY($1) GROUP BY email`,
        [acknowledged],
      );
      const clinics = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Clinic"`);
      console.log(
        "embedded database stopped mid-write:",
        JSON.stringify({
          stoppedMs,
          acknowledged: acknowledged.length,
          found: found.rows.length,
          connectionErrors: otherAnswers,
        }),
      );
      expect(found.rows.length).toBe(acknowledged.length);
      expect(found.rows.every((r) => r.n === 1)).toBe(true);
      expect(clinics.rows[0]!.n).toBe(1);
    } finally {
      await pglite.close();
    }
  },
);
