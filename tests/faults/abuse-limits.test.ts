// The limits on public endpoints live in the database (ThrottleBucket), so
// they hold however requests are spread over instances: an address asking
// again and again, alternately on two instances, gets at most
// THROTTLE.linkEmailsPerAddress emails an hour, whether it asks for a password
// reset or a new activation link. The answer stays the same either way (AU-5,
// AU-8): only the mail stops.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE } from "@/lib/throttle/rules";
import { postAction } from "../../scripts/bench/harness";
import { type Cluster, eventually, formOf, startCluster } from "./cluster";

const LIMIT = THROTTLE.linkEmailsPerAddress.limit;
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster(2);
  const { createClinic, createPatient } = await import("@/lib/demo/factories");
  const clinic = await createClinic();
  await createPatient(clinic.id, { email: "active@faults.test" });
  await createPatient(clinic.id, { email: "pending@faults.test", status: "pending" });
});
afterAll(() => cluster?.stop());

const to = (address: string) => cluster.sent().filter((m) => m.to.includes(address));

describe("limits on public endpoints, across two instances", () => {
  for (const [what, address, page, action] of [
    ["password reset", "active@faults.test", "/en/forgot-password", "forgotPasswordAction"],
    ["new activation link", "pending@faults.test", "/en/activate", "resendActivationAction"],
  ] as const) {
    it(`${what}: ${LIMIT + 3} requests spread over both instances send ${LIMIT} emails`, async () => {
      const id = cluster.action(action);
      const answers = [];
      for (let i = 0; i < LIMIT + 3; i++) {
        const base = cluster.bases[i % cluster.bases.length]!;
        answers.push(await postAction(base, page, id, formOf({ email: address })));
      }
      // Every answer is the same success: the limit reveals nothing.
      expect(answers.map((a) => [a.status, /"ok":true/.test(a.text)])).toEqual(
        answers.map(() => [200, true]),
      );
      const queued = await cluster.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`,
        [address],
      );
      expect(queued.rows[0]!.n).toBe(LIMIT);
      await eventually(
        () => to(address).length,
        (n) => n >= LIMIT,
      );
      expect(to(address)).toHaveLength(LIMIT);
    });
  }
});
