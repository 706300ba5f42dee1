// Several app instances share one PostgreSQL database, each running the
// outbox worker. Two workers with their own Prisma clients and connection
// pools (two "instances") drain 200 emails concurrently: each email must be
// handed to the transport exactly once (FOR UPDATE SKIP LOCKED + lease).
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { type EmailTransport, mailboxTransport } from "@/lib/email/transport";
import { deliverDueEmails } from "@/lib/email/worker";
import { describeOnPostgres, resetTables } from "../harness";

const total = 200;

describeOnPostgres("two workers on one PostgreSQL database", () => {
  let instances: PrismaClient[] = [];

  beforeAll(() => {
    instances = [1, 2].map(
      () =>
        new PrismaClient({
          adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
        }),
    );
  });

  afterAll(async () => {
    await Promise.all(instances.map((client) => client.$disconnect()));
  });

  it("deliver 200 queued emails, each exactly once", async () => {
    await resetTables();
    const data = {
      name: "Ann",
      resetUrl: "https://portal.example.test/en/reset?token=t",
      expiresInMinutes: 60,
    };
    for (let start = 0; start < total; start += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          enqueueEmail(db(), {
            to: `patient-${start + i}@example.test`,
            locale: i % 2 ? "fr" : "en",
            template: "password-reset",
            data,
          }),
        ),
      );
    }

    const sends = new Map<string, number>();
    const perWorker = [0, 0];
    const now = new Date(Date.now() + 1_000);

    const run = async (index: number) => {
      const client = instances[index]!;
      const transport: EmailTransport = {
        name: `counting-${index}`,
        storesInMailbox: true,
        async send(email) {
          sends.set(email.id, (sends.get(email.id) ?? 0) + 1);
          // Yield, so the two loops interleave instead of one draining the queue.
          await new Promise((resolve) => setImmediate(resolve));
          return mailboxTransport.send(email);
        },
      };
      for (;;) {
        const { sent, failed, retried } = await deliverDueEmails({
          limit: 7,
          now,
          client,
          transport,
        });
        expect({ failed, retried }).toEqual({ failed: 0, retried: 0 });
        perWorker[index] = perWorker[index]! + sent;
        if (sent === 0) return;
      }
    };
    await Promise.all([run(0), run(1)]);

    expect(sends.size).toBe(total);
    expect([...sends.values()].every((count) => count === 1)).toBe(true);
    expect(perWorker[0]! + perWorker[1]!).toBe(total);
    expect(perWorker[0]).toBeGreaterThan(0);
    expect(perWorker[1]).toBeGreaterThan(0);

    expect(await db().outboxEmail.count({ where: { status: "sent", attempts: 1 } })).toBe(total);
    expect(await db().mailboxMessage.count()).toBe(total);
    const distinct = await db().mailboxMessage.groupBy({ by: ["outboxId"], _count: true });
    expect(distinct).toHaveLength(total);
  });
});
